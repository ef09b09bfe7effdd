# dealgraph_stage(): one static library per pipeline stage, with its boundaries enforced by
# the compiler rather than by convention.
#
#   dealgraph_stage(NAME
#     SOURCES  src/NAME/*.cpp, listed
#     HEADERS  the public headers it owns, under include/dealgraph/
#     USES     the stages it may use (their public headers and symbols)
#     [LIBRARIES third-party targets]
#     [SHARED_PRIVATE_HEADERS])   # util and rdf: their src/ headers are for every stage that uses them
#
# Every stage sees two include roots made for it in the build tree, never src/ or include/:
#   stage-include/NAME/private/NAME -> src/NAME       so that "NAME/x.hpp" resolves inside NAME only
#   stage-include/NAME/public/dealgraph/h.hpp -> include/dealgraph/h.hpp, for the HEADERS it owns
# The public root travels to the stages that link it (USES), and only to them: a stage cannot
# include another stage's private headers, nor the public header of a stage it does not use,
# which keeps the order of dependencies (written out in src/CMakeLists.txt) the only one.

set(DEALGRAPH_STAGE_ROOT "${PROJECT_BINARY_DIR}/stage-include")

# Makes the two include roots of stage `name`; links are remade at every configure.
function(dealgraph_stage_roots name)
  set(root "${DEALGRAPH_STAGE_ROOT}/${name}")
  file(REMOVE_RECURSE "${root}")  # removes the links, never what they point to
  file(MAKE_DIRECTORY "${root}/private" "${root}/public/dealgraph")
  file(CREATE_LINK "${PROJECT_SOURCE_DIR}/src/${name}" "${root}/private/${name}" SYMBOLIC)
  foreach(header IN LISTS ARGN)
    if(NOT EXISTS "${PROJECT_SOURCE_DIR}/include/dealgraph/${header}")
      message(FATAL_ERROR "stage ${name}: no include/dealgraph/${header}")
    endif()
    file(CREATE_LINK "${PROJECT_SOURCE_DIR}/include/dealgraph/${header}" "${root}/public/dealgraph/${header}" SYMBOLIC)
  endforeach()
endfunction()

function(dealgraph_stage name)
  cmake_parse_arguments(STAGE "SHARED_PRIVATE_HEADERS" "" "SOURCES;HEADERS;USES;LIBRARIES" ${ARGN})
  dealgraph_stage_roots(${name} ${STAGE_HEADERS})
  set(root "${DEALGRAPH_STAGE_ROOT}/${name}")

  # Sources are listed so that a file's stage is written down; a file left out is an error.
  file(GLOB_RECURSE present RELATIVE "${PROJECT_SOURCE_DIR}/src/${name}" "${PROJECT_SOURCE_DIR}/src/${name}/*.cpp")
  list(REMOVE_ITEM present ${STAGE_SOURCES})
  if(present)
    message(FATAL_ERROR "stage ${name}: src/${name}/${present} is not in its SOURCES (src/CMakeLists.txt)")
  endif()
  list(TRANSFORM STAGE_SOURCES PREPEND "${PROJECT_SOURCE_DIR}/src/${name}/")
  add_library(dealgraph_${name} STATIC ${STAGE_SOURCES})
  target_include_directories(dealgraph_${name} PUBLIC "$<BUILD_INTERFACE:${root}/public>")
  if(STAGE_SHARED_PRIVATE_HEADERS)
    target_include_directories(dealgraph_${name} PUBLIC "$<BUILD_INTERFACE:${root}/private>")
  else()
    target_include_directories(dealgraph_${name} PRIVATE "${root}/private")
  endif()
  list(TRANSFORM STAGE_USES PREPEND "dealgraph_")
  target_link_libraries(dealgraph_${name} PUBLIC ${STAGE_USES} ${STAGE_LIBRARIES} PRIVATE dealgraph_warnings)
  set_property(GLOBAL APPEND PROPERTY DEALGRAPH_STAGES ${name})
endfunction()

# Tests and tools that look inside a stage (unit tests of its private parts, fuzzers,
# benchmarks) see its private headers too.
function(dealgraph_see_private_headers target)
  foreach(name IN LISTS ARGN)
    target_include_directories(${target} PRIVATE "${DEALGRAPH_STAGE_ROOT}/${name}/private")
  endforeach()
endfunction()
