target_sources(hirex_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/CsvWriter.cpp
  ${CMAKE_CURRENT_LIST_DIR}/CsvWriter.h
  ${CMAKE_CURRENT_LIST_DIR}/TerminationSignals.cpp
  ${CMAKE_CURRENT_LIST_DIR}/TerminationSignals.h
  ${CMAKE_CURRENT_LIST_DIR}/UserMessage.h)
