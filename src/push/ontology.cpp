// The ontology's Turtle as N-Triples, through Serd, for the ontology's own graph in the store.
#include <serd/serd.h>

#include <cstdarg>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "dealgraph/push.hpp"

namespace dealgraph {
namespace {

size_t string_sink(const void* buffer, size_t length, void* stream) {
  static_cast<std::string*>(stream)->append(static_cast<const char*>(buffer), length);
  return length;
}

SerdStatus remember_error(void* handle, const SerdError* error) {
  auto* message = static_cast<std::string*>(handle);
  if (!message->empty()) return SERD_SUCCESS;
  char text[512];
  va_list args;
  va_copy(args, *error->args);
  std::vsnprintf(text, sizeof text, error->fmt, args);
  va_end(args);
  std::string what(text);
  while (!what.empty() && (what.back() == '\n' || what.back() == ' ')) what.pop_back();
  *message = std::to_string(error->line) + ":" + std::to_string(error->col) + ": " + what;
  return SERD_SUCCESS;
}

const uint8_t* u8(const std::string& text) { return reinterpret_cast<const uint8_t*>(text.c_str()); }

}  // namespace

std::string turtle_file_to_ntriples(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw PushError(path + ": cannot read the ontology");
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string text = buffer.str();

  std::error_code ec;
  const std::string base = "file://" + std::filesystem::absolute(path, ec).string();
  SerdURI base_uri = SERD_URI_NULL;
  SerdNode base_node = serd_node_new_uri_from_string(u8(base), nullptr, &base_uri);
  SerdEnv* env = serd_env_new(&base_node);
  std::string written;
  SerdWriter* writer = serd_writer_new(SERD_NTRIPLES, static_cast<SerdStyle>(SERD_STYLE_RESOLVED), env, &base_uri,
                                       string_sink, &written);
  SerdReader* reader = serd_reader_new(SERD_TURTLE, writer, nullptr, reinterpret_cast<SerdBaseSink>(serd_writer_set_base_uri),
                                       reinterpret_cast<SerdPrefixSink>(serd_writer_set_prefix),
                                       reinterpret_cast<SerdStatementSink>(serd_writer_write_statement),
                                       reinterpret_cast<SerdEndSink>(serd_writer_end_anon));
  std::string error;
  serd_reader_set_error_sink(reader, remember_error, &error);
  serd_reader_set_strict(reader, true);
  const SerdStatus status = serd_reader_read_string(reader, u8(text));
  serd_writer_finish(writer);
  serd_reader_free(reader);
  serd_writer_free(writer);
  serd_env_free(env);
  serd_node_free(&base_node);
  if (status != SERD_SUCCESS || !error.empty())
    throw PushError(path + ":" + (error.empty() ? std::string(reinterpret_cast<const char*>(serd_strerror(status))) : error));

  // Serd's labels for anonymous nodes depend on the reader; relabel them like graph.nq's.
  std::string out;
  out.reserve(written.size());
  BlankRelabeler relabel;
  try {
    append_as_ntriples(written, relabel, out);
  } catch (const std::invalid_argument& e) {
    throw PushError(path + ": cannot turn into N-Triples: " + e.what());
  }
  return out;
}

}  // namespace dealgraph
