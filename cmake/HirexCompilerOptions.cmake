# Compiler options shared by every Hirex target.
add_library(hirex_compiler_options INTERFACE)
target_compile_options(hirex_compiler_options INTERFACE -Wall -Wextra -Wpedantic -Wshadow
  -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Woverloaded-virtual -Wformat=2)
target_compile_definitions(hirex_compiler_options INTERFACE
  QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
  QT_USE_QSTRINGBUILDER
  QT_NO_KEYWORDS QT_DISABLE_DEPRECATED_UP_TO=0x060400)
if(HIREX_WERROR)
  target_compile_options(hirex_compiler_options INTERFACE -Werror)
endif()
if(HIREX_SANITIZE)
  target_compile_options(hirex_compiler_options INTERFACE
    -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(hirex_compiler_options INTERFACE -fsanitize=address,undefined)
endif()

# hirex_target_defaults(<target>): apply the shared options to one of our targets.
function(hirex_target_defaults target)
  target_link_libraries(${target} PRIVATE hirex_compiler_options)
endfunction()
