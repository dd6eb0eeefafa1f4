# core/session: what belongs to one server and its profile, built together for both front ends.
target_sources(hirex_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/ProfileSession.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ProfileSession.h)
