target_sources(hirex_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/ChangeBuilder.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ChangeBuilder.h
  ${CMAKE_CURRENT_LIST_DIR}/EntityStore.cpp
  ${CMAKE_CURRENT_LIST_DIR}/EntityChanges.h
  ${CMAKE_CURRENT_LIST_DIR}/EntityStore.h
  ${CMAKE_CURRENT_LIST_DIR}/Outbox.cpp
  ${CMAKE_CURRENT_LIST_DIR}/Outbox.h
  ${CMAKE_CURRENT_LIST_DIR}/OutboxChange.h
  ${CMAKE_CURRENT_LIST_DIR}/SyncEngine.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SyncEngine.h
  ${CMAKE_CURRENT_LIST_DIR}/SyncHttp.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SyncHttp.h
  ${CMAKE_CURRENT_LIST_DIR}/SyncLog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SyncLog.h
  ${CMAKE_CURRENT_LIST_DIR}/SyncProgress.h
  ${CMAKE_CURRENT_LIST_DIR}/WorkingSet.cpp
  ${CMAKE_CURRENT_LIST_DIR}/WorkingSet.h)
