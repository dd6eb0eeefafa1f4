target_sources(hirex_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/SecretStore.h
  ${CMAKE_CURRENT_LIST_DIR}/StoreLog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/StoreLog.h
  ${CMAKE_CURRENT_LIST_DIR}/MemorySecretStore.cpp
  ${CMAKE_CURRENT_LIST_DIR}/MemorySecretStore.h
  ${CMAKE_CURRENT_LIST_DIR}/KeychainSecretStore.cpp
  ${CMAKE_CURRENT_LIST_DIR}/KeychainSecretStore.h)
