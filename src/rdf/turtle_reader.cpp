#include "rdf/turtle_reader.hpp"

#include <serd/serd.h>
#include <sord/sord.h>

#include <cstdarg>
#include <cstdio>
#include <memory>
#include <cctype>
#include <sstream>
#include <fstream>
#include <set>

namespace dealgraph::rdf {
namespace {

struct ErrorCollector {
  std::string name;
  std::string first_error;
};

SerdStatus collect_error(void* handle, const SerdError* error) {
  auto* collector = static_cast<ErrorCollector*>(handle);
  if (!collector->first_error.empty()) return SERD_SUCCESS;
  char message[512];
  va_list args;
  va_copy(args, *error->args);
  std::vsnprintf(message, sizeof message, error->fmt, args);
  va_end(args);
  std::string text = message;
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  collector->first_error = collector->name + ":" + std::to_string(error->line) + ":" +
                           std::to_string(error->col) + ": " + text;
  return SERD_SUCCESS;
}

Term to_term(const SordNode* node) {
  Term term;
  const auto* text = reinterpret_cast<const char*>(sord_node_get_string(node));
  term.value = text ? text : "";
  switch (sord_node_get_type(node)) {
    case SORD_URI: term.kind = Term::Kind::Iri; break;
    case SORD_BLANK: term.kind = Term::Kind::Blank; break;
    case SORD_LITERAL: {
      term.kind = Term::Kind::Literal;
      if (const SordNode* datatype = sord_node_get_datatype(node))
        term.datatype = reinterpret_cast<const char*>(sord_node_get_string(datatype));
      if (const char* lang = sord_node_get_language(node)) term.language = lang;
      break;
    }
  }
  return term;
}

struct WorldDeleter { void operator()(SordWorld* w) const { sord_world_free(w); } };
struct ModelDeleter { void operator()(SordModel* m) const { sord_free(m); } };
struct EnvDeleter { void operator()(SerdEnv* e) const { serd_env_free(e); } };
struct ReaderDeleter { void operator()(SerdReader* r) const { serd_reader_free(r); } };

template <typename ReadFn>
std::vector<Triple> read_with(const std::string& name, ReadFn read) {
  ErrorCollector errors{name, {}};
  std::unique_ptr<SordWorld, WorldDeleter> world(sord_world_new());
  sord_world_set_error_sink(world.get(), collect_error, &errors);
  std::unique_ptr<SordModel, ModelDeleter> model(sord_new(world.get(), SORD_SPO, false));
  std::string base = "file://" + name;
  SerdNode base_node = serd_node_from_string(SERD_URI, reinterpret_cast<const uint8_t*>(base.c_str()));
  std::unique_ptr<SerdEnv, EnvDeleter> env(serd_env_new(&base_node));
  std::unique_ptr<SerdReader, ReaderDeleter> reader(
      sord_new_reader(model.get(), env.get(), SERD_TURTLE, nullptr));
  serd_reader_set_error_sink(reader.get(), collect_error, &errors);
  // Blank node labels of different files must never collide.
  serd_reader_add_blank_prefix(reader.get(), reinterpret_cast<const uint8_t*>("f"));
  const SerdStatus status = read(reader.get());
  if (status != SERD_SUCCESS || !errors.first_error.empty()) {
    if (errors.first_error.empty())
      errors.first_error = name + ": " + reinterpret_cast<const char*>(serd_strerror(status));
    throw ParseError(errors.first_error);
  }
  std::vector<Triple> triples;
  triples.reserve(sord_num_quads(model.get()));
  SordIter* it = sord_begin(model.get());
  for (; !sord_iter_end(it); sord_iter_next(it)) {
    SordQuad quad;
    sord_iter_get(it, quad);
    triples.push_back({to_term(quad[SORD_SUBJECT]), to_term(quad[SORD_PREDICATE]),
                       to_term(quad[SORD_OBJECT])});
  }
  sord_iter_free(it);
  return triples;
}

}  // namespace

std::vector<Triple> read_turtle_file(const std::string& path) {
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (!file) throw ParseError(path + ": cannot open file");
  std::fclose(file);
  return read_with(path, [&](SerdReader* reader) {
    return serd_reader_read_file(reader, reinterpret_cast<const uint8_t*>(path.c_str()));
  });
}

std::vector<Triple> read_turtle_string(std::string_view text, const std::string& name) {
  std::string copy(text);  // serd needs a terminated string
  return read_with(name, [&](SerdReader* reader) {
    return serd_reader_read_string(reader, reinterpret_cast<const uint8_t*>(copy.c_str()));
  });
}

std::string read_text_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// "NAME:LINE:COL" of the first place `iri` is written in `text` (as <iri> or prefix:local).
std::string locate(const std::string& name, const std::string& text, const std::string& iri) {
  std::size_t at = text.find("<" + iri + ">");
  if (at == std::string::npos) {
    const std::size_t cut = iri.find_last_of("/#");
    const std::string local = ":" + (cut == std::string::npos ? iri : iri.substr(cut + 1));
    for (std::size_t from = 0; (at = text.find(local, from)) != std::string::npos; from = at + 1) {
      const std::size_t after = at + local.size();
      const bool ends = after >= text.size() || !(std::isalnum(static_cast<unsigned char>(text[after])) ||
                                                  text[after] == '-' || text[after] == '_');
      if (ends) break;
    }
    if (at != std::string::npos) {
      while (at > 0 && text[at - 1] != ' ' && text[at - 1] != '\n' && text[at - 1] != '\t' &&
             text[at - 1] != '[' && text[at - 1] != ',' && text[at - 1] != ';')
        --at;
    }
  }
  if (at == std::string::npos) return name + ":1:1";
  std::size_t line = 1, column = 1;
  for (std::size_t i = 0; i < at; ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
  }
  return name + ":" + std::to_string(line) + ":" + std::to_string(column);
}

TripleIndex::TripleIndex(std::vector<Triple> triples) : triples_(std::move(triples)) {
  for (std::size_t i = 0; i < triples_.size(); ++i) by_subject_.emplace(triples_[i].subject.value, i);
}

std::vector<const Term*> TripleIndex::objects(const std::string& subject,
                                              std::string_view predicate) const {
  std::vector<const Term*> found;
  auto [first, last] = by_subject_.equal_range(subject);
  for (auto it = first; it != last; ++it) {
    const Triple& triple = triples_[it->second];
    if (triple.predicate.value == predicate) found.push_back(&triple.object);
  }
  return found;
}

const Term* TripleIndex::first_object(const std::string& subject, std::string_view predicate) const {
  auto found = objects(subject, predicate);
  return found.empty() ? nullptr : found.front();
}

std::vector<std::string> TripleIndex::subjects_of_type(std::string_view type_iri) const {
  std::vector<std::string> subjects;
  std::set<std::string, std::less<>> seen;
  for (const Triple& triple : triples_) {
    if (triple.predicate.value == kRdfType && triple.object.value == type_iri &&
        seen.insert(triple.subject.value).second)
      subjects.push_back(triple.subject.value);
  }
  return subjects;
}

}  // namespace dealgraph::rdf
