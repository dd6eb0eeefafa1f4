target_sources(hirex_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/ApiError.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ApiError.h
  ${CMAKE_CURRENT_LIST_DIR}/ApiLog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ApiLog.h
  ${CMAKE_CURRENT_LIST_DIR}/ProblemDetails.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ProblemDetails.h
  ${CMAKE_CURRENT_LIST_DIR}/RetryPolicy.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RetryPolicy.h
  ${CMAKE_CURRENT_LIST_DIR}/SseParser.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SseParser.h
  ${CMAKE_CURRENT_LIST_DIR}/TransportPolicy.cpp
  ${CMAKE_CURRENT_LIST_DIR}/TransportPolicy.h
  ${CMAKE_CURRENT_LIST_DIR}/TransportSettings.h
)
