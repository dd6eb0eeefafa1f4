target_sources(hirex_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/CandidateDetail.cpp
  ${CMAKE_CURRENT_LIST_DIR}/CandidateDetail.h
  ${CMAKE_CURRENT_LIST_DIR}/CandidateSearch.cpp
  ${CMAKE_CURRENT_LIST_DIR}/CandidateSearch.h
  ${CMAKE_CURRENT_LIST_DIR}/CandidateTable.cpp
  ${CMAKE_CURRENT_LIST_DIR}/CandidateTable.h
  ${CMAKE_CURRENT_LIST_DIR}/CardFacts.cpp
  ${CMAKE_CURRENT_LIST_DIR}/CardFacts.h
  ${CMAKE_CURRENT_LIST_DIR}/ChangeBadges.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ChangeBadges.h
  ${CMAKE_CURRENT_LIST_DIR}/JsonFields.cpp
  ${CMAKE_CURRENT_LIST_DIR}/JsonFields.h
  ${CMAKE_CURRENT_LIST_DIR}/StageColumns.cpp
  ${CMAKE_CURRENT_LIST_DIR}/StageColumns.h
  ${CMAKE_CURRENT_LIST_DIR}/StageCards.cpp
  ${CMAKE_CURRENT_LIST_DIR}/StageCards.h)
