// The base of every exception the library throws, so that a caller can catch them all in one
// place and tell them from bugs (std::logic_error) and from the standard library's own.
#pragma once

#include <stdexcept>

namespace dealgraph {

// A failure with a message a user can act on: the file, the place in it, and the reason.
class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// An output file that cannot be written, flushed or renamed into place: FILE: reason.
class OutputError : public Error {
 public:
  using Error::Error;
};

// A knowledge file (ontology/, a --lexicon file) that cannot be used: FILE:LINE:COL: reason.
class KnowledgeError : public Error {
 public:
  using Error::Error;
};

}  // namespace dealgraph
