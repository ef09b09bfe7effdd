#include "rdf/turtle_reader.hpp"

#include <serd/serd.h>
#include <sord/sord.h>

#include <algorithm>
#include <cctype>
#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <set>
#include <sstream>

namespace dealgraph::rdf {
namespace {

// The first error of a read, as "NAME:LINE:COL: reason".
struct ErrorCollector {
  std::string name;
  std::string first_error;

  void add(unsigned line, unsigned col, std::string text) {
    if (!first_error.empty()) return;
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
    first_error = name + ":" + std::to_string(line) + ":" + std::to_string(col) + ": " + text;
  }
};

std::string format(const char* fmt, va_list args) {
  char message[512];
  std::vsnprintf(message, sizeof message, fmt, args);
  return message;
}

SerdStatus collect_error(void* handle, const SerdError* error) {
  va_list args;
  va_copy(args, *error->args);
  static_cast<ErrorCollector*>(handle)->add(error->line, error->col, format(error->fmt, args));
  va_end(args);
  return SERD_SUCCESS;
}

// Sord's own messages carry no position: they read "NAME:0:0: reason".
void collect_sord_error(ErrorCollector& errors, const char* fmt, ...) {
  va_list args;
  va_start(args, fmt);
  errors.add(0, 0, format(fmt, args));
  va_end(args);
}

// Node text as Sord gives it: a C string, so that it ends at the first NUL.
std::string_view c_text(const std::uint8_t* buf, std::size_t n_bytes) {
  const char* text = reinterpret_cast<const char*>(buf);
  const void* nul = std::memchr(text, 0, n_bytes);
  return {text, nul ? static_cast<std::size_t>(static_cast<const char*>(nul) - text) : n_bytes};
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
using EnvPtr = std::unique_ptr<SerdEnv, EnvDeleter>;
using ReaderPtr = std::unique_ptr<SerdReader, ReaderDeleter>;

// Relative IRIs resolve against file://NAME.
EnvPtr new_env(const std::string& name) {
  const std::string base = "file://" + name;
  SerdNode base_node = serd_node_from_string(SERD_URI, reinterpret_cast<const uint8_t*>(base.c_str()));
  return EnvPtr(serd_env_new(&base_node));
}

// Where a read takes its Turtle from: the file `name`, or `text` when it is given.
struct Source {
  const std::string& name;
  const std::string* text = nullptr;  // terminated, as Serd needs
};

// Runs `reader` over the source; throws ParseError with the first error it reported.
void read_source(SerdReader* reader, const Source& source, ErrorCollector& errors) {
  serd_reader_set_error_sink(reader, collect_error, &errors);
  // Blank node labels of different files must never collide.
  serd_reader_add_blank_prefix(reader, reinterpret_cast<const uint8_t*>("f"));
  if (!source.text) {
    std::FILE* file = std::fopen(source.name.c_str(), "rb");
    if (!file) throw ParseError(source.name + ": cannot open file");
    std::fclose(file);
  }
  const SerdStatus status =
      source.text ? serd_reader_read_string(reader, reinterpret_cast<const uint8_t*>(source.text->c_str()))
                  : serd_reader_read_file(reader, reinterpret_cast<const uint8_t*>(source.name.c_str()));
  if (status != SERD_SUCCESS || !errors.first_error.empty()) {
    // Serd's "non-fatal failure" without an error of its own: it found no statement to read.
    if (errors.first_error.empty() && status == SERD_FAILURE)
      errors.first_error = source.name + ": empty: no Turtle in it (a file cut off before it was written, or the "
                                         "wrong file?); rebuild it or name another";
    else if (errors.first_error.empty())
      errors.first_error = source.name + ": " + reinterpret_cast<const char*>(serd_strerror(status));
    throw ParseError(errors.first_error);
  }
}

std::vector<Triple> read_with_sord(const Source& source) {
  ErrorCollector errors{source.name, {}};
  std::unique_ptr<SordWorld, WorldDeleter> world(sord_world_new());
  sord_world_set_error_sink(world.get(), collect_error, &errors);
  std::unique_ptr<SordModel, ModelDeleter> model(sord_new(world.get(), SORD_SPO, false));
  EnvPtr env = new_env(source.name);
  ReaderPtr reader(sord_new_reader(model.get(), env.get(), SERD_TURTLE, nullptr));
  read_source(reader.get(), source, errors);
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

int kind_rank(Term::Kind kind) {  // SerdType's order, which Sord sorts by
  switch (kind) {
    case Term::Kind::Literal: return 1;
    case Term::Kind::Iri: return 2;
    case Term::Kind::Blank: return 4;
  }
  return 0;
}

std::uint32_t hash_of(Term::Kind kind, std::string_view text) {
  const std::size_t h = std::hash<std::string_view>{}(text) ^ (static_cast<std::size_t>(kind) * 0x9E3779B97F4A7C15ull);
  return static_cast<std::uint32_t>(h ^ (h >> 32));
}

}  // namespace

std::vector<Triple> read_turtle_file(const std::string& path) { return read_with_sord(Source{path}); }

std::vector<Triple> read_turtle_string(std::string_view text, const std::string& name) {
  const std::string copy(text);
  return read_with_sord(Source{name, &copy});
}

// Fills a TripleTable from Serd's events, converting nodes as Sord's inserter does (CURIEs
// expanded and relative IRIs resolved with the environment, the same messages on failure) but
// storing each IRI and blank node once.
class TableBuilder {
 public:
  using Id = TripleTable::Id;
  static constexpr Id kNone = TripleTable::kNone;

  TableBuilder(TripleTable& table, SerdEnv* env, ErrorCollector& errors, std::size_t expected_bytes)
      : table_(table), env_(env), errors_(errors) {
    // Generous: pages of a reservation that is never filled are never touched.
    table_.statements_.reserve(expected_bytes / 16 + 16);
    table_.nodes_.reserve(expected_bytes / 24 + 16);
    std::size_t slots = 1024;
    while (slots < expected_bytes / 32) slots *= 2;
    table_.slots_.assign(slots, {0, kNone});
  }

  static SerdStatus on_base(void* handle, const SerdNode* uri) {
    auto* self = static_cast<TableBuilder*>(handle);
    self->forget_subject();
    return serd_env_set_base_uri(self->env_, uri);
  }
  static SerdStatus on_prefix(void* handle, const SerdNode* name, const SerdNode* uri) {
    auto* self = static_cast<TableBuilder*>(handle);
    self->forget_subject();
    return serd_env_set_prefix(self->env_, name, uri);
  }
  static SerdStatus on_statement(void* handle, SerdStatementFlags, const SerdNode*, const SerdNode* subject,
                                 const SerdNode* predicate, const SerdNode* object, const SerdNode* datatype,
                                 const SerdNode* language) {
    auto* self = static_cast<TableBuilder*>(handle);
    const Id s = self->subject(subject);
    if (s == kNone) return SERD_ERR_BAD_ARG;
    const Id p = self->resource(predicate);
    if (p == kNone) return SERD_ERR_BAD_ARG;
    const Id o = object->type == SERD_LITERAL ? self->literal(object, datatype, language) : self->resource(object);
    if (o == kNone) return SERD_ERR_BAD_ARG;
    self->table_.statements_.push_back({s, p, o});
    return SERD_SUCCESS;
  }

 private:
  static constexpr std::size_t kBlock = std::size_t{1} << 20;

  // Consecutive statements mostly share their subject: it is converted once.
  Id subject(const SerdNode* node) {
    if (node->type == last_type_ && node->n_bytes == last_raw_.size() &&
        std::memcmp(node->buf, last_raw_.data(), node->n_bytes) == 0)
      return last_id_;
    const Id id = resource(node);
    if (id != kNone) {
      last_type_ = node->type;
      last_raw_.assign(reinterpret_cast<const char*>(node->buf), node->n_bytes);
      last_id_ = id;
    }
    return id;
  }
  void forget_subject() { last_type_ = SERD_NOTHING; }

  // An IRI, prefixed name or blank node; kNone (after an error, as Sord reports it) when it
  // cannot be made an absolute IRI.
  Id resource(const SerdNode* node) {
    switch (node->type) {
      case SERD_URI:
        if (serd_uri_string_has_scheme(node->buf)) return intern(Term::Kind::Iri, c_text(node->buf, node->n_bytes));
        return relative_iri(node);
      case SERD_CURIE: {
        SerdChunk prefix, suffix;
        if (serd_env_expand(env_, node, &prefix, &suffix)) {
          collect_sord_error(errors_, "failed to expand CURIE `%s'\n", node->buf);
          return kNone;
        }
        scratch_.assign(reinterpret_cast<const char*>(prefix.buf), prefix.len);
        scratch_.append(reinterpret_cast<const char*>(suffix.buf), suffix.len);
        return absolute_iri(reinterpret_cast<const uint8_t*>(scratch_.c_str()), scratch_.size());
      }
      case SERD_BLANK: return intern(Term::Kind::Blank, c_text(node->buf, node->n_bytes));
      default: return kNone;
    }
  }

  Id relative_iri(const SerdNode* node) {
    SerdURI base;
    serd_env_get_base_uri(env_, &base);
    SerdNode resolved = serd_node_new_uri_from_node(node, &base, nullptr);
    const Id id = absolute_iri(resolved.buf, resolved.n_bytes);
    serd_node_free(&resolved);
    return id;
  }

  Id absolute_iri(const uint8_t* text, std::size_t n_bytes) {
    if (!serd_uri_string_has_scheme(text)) {
      collect_sord_error(errors_, "attempt to map invalid URI `%s'\n", text);
      return kNone;
    }
    return intern(Term::Kind::Iri, c_text(text, n_bytes));
  }

  // A datatype that does not convert is dropped (Sord keeps the literal, and the error).
  Id literal(const SerdNode* node, const SerdNode* datatype, const SerdNode* language) {
    const Id type = datatype && datatype->type != SERD_NOTHING ? resource(datatype) : kNone;
    const std::string_view value = c_text(node->buf, node->n_bytes);
    const std::string_view lang = language && language->buf ? c_text(language->buf, language->n_bytes)
                                                            : std::string_view();
    char* text = store(value.size() + lang.size() + 2);
    *std::copy(value.begin(), value.end(), text) = '\0';
    *std::copy(lang.begin(), lang.end(), text + value.size() + 1) = '\0';
    return add_node({text, static_cast<std::uint32_t>(value.size()), static_cast<std::uint32_t>(lang.size()), type,
                     Term::Kind::Literal});
  }

  Id intern(Term::Kind kind, std::string_view text) {
    const std::uint32_t hash = hash_of(kind, text);
    std::vector<TripleTable::Slot>& slots = table_.slots_;
    std::size_t mask = slots.size() - 1;
    std::size_t at = hash & mask;
    for (; slots[at].id != kNone; at = (at + 1) & mask) {
      if (slots[at].hash != hash) continue;
      const TripleTable::Node& node = table_.nodes_[slots[at].id];
      if (node.kind == kind && node.size == text.size() && std::memcmp(node.text, text.data(), text.size()) == 0)
        return slots[at].id;
    }
    char* copy = store(text.size() + 1);
    std::memcpy(copy, text.data(), text.size());
    copy[text.size()] = '\0';
    const Id id = add_node({copy, static_cast<std::uint32_t>(text.size()), 0, kNone, kind});
    slots[at] = {hash, id};
    if (++interned_ * 2 > slots.size()) grow();
    return id;
  }

  void grow() {
    std::vector<TripleTable::Slot> old(table_.slots_.size() * 2, TripleTable::Slot{0, kNone});
    old.swap(table_.slots_);
    const std::size_t mask = table_.slots_.size() - 1;
    for (const TripleTable::Slot& slot : old) {
      if (slot.id == kNone) continue;
      std::size_t at = slot.hash & mask;
      while (table_.slots_[at].id != kNone) at = (at + 1) & mask;
      table_.slots_[at] = slot;
    }
  }

  Id add_node(const TripleTable::Node& node) {
    if (table_.nodes_.size() >= kNone) throw ParseError(errors_.name + ": too many nodes");
    table_.nodes_.push_back(node);
    return static_cast<Id>(table_.nodes_.size() - 1);
  }

  char* store(std::size_t size) {
    if (size > left_) {
      table_.blocks_.push_back(std::make_unique_for_overwrite<char[]>(std::max(size, kBlock)));
      next_ = table_.blocks_.back().get();
      left_ = std::max(size, kBlock);
    }
    char* at = next_;
    next_ += size;
    left_ -= size;
    return at;
  }

  TripleTable& table_;
  SerdEnv* env_;
  ErrorCollector& errors_;
  std::string scratch_;
  SerdType last_type_ = SERD_NOTHING;
  std::string last_raw_;
  Id last_id_ = kNone;
  std::size_t interned_ = 0;
  char* next_ = nullptr;
  std::size_t left_ = 0;
};

namespace {

TripleTable read_table(const Source& source, std::size_t expected_bytes) {
  ErrorCollector errors{source.name, {}};
  EnvPtr env = new_env(source.name);
  TripleTable table;
  TableBuilder builder(table, env.get(), errors, expected_bytes);
  ReaderPtr reader(serd_reader_new(SERD_TURTLE, &builder, nullptr, TableBuilder::on_base, TableBuilder::on_prefix,
                                   TableBuilder::on_statement, nullptr));
  read_source(reader.get(), source, errors);
  return table;
}

}  // namespace

TripleTable::Id TripleTable::find(Term::Kind kind, std::string_view value) const {
  if (slots_.empty()) return kNone;
  const std::uint32_t hash = hash_of(kind, value);
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t at = hash & mask; slots_[at].id != kNone; at = (at + 1) & mask) {
    const Id id = slots_[at].id;
    if (slots_[at].hash == hash && nodes_[id].kind == kind && this->value(id) == value) return id;
  }
  return kNone;
}

int TripleTable::compare(Id a, Id b) const {
  if (a == b) return 0;
  const Node &x = nodes_[a], &y = nodes_[b];
  if (x.kind != y.kind) return kind_rank(x.kind) - kind_rank(y.kind);
  if (const int c = value(a).compare(value(b)); c != 0 || x.kind != Term::Kind::Literal) return c;
  if (x.datatype != y.datatype) {
    if (x.datatype == kNone) return -1;
    if (y.datatype == kNone) return 1;
    if (const int c = value(x.datatype).compare(value(y.datatype))) return c;
  }
  return language(a).compare(language(b));
}

Term TripleTable::term(Id node) const {
  Term term;
  term.kind = kind(node);
  term.value = value(node);
  if (term.kind == Term::Kind::Literal) {
    if (datatype(node) != kNone) term.datatype = value(datatype(node));
    term.language = language(node);
  }
  return term;
}

TripleTable read_turtle_table(const std::string& path) {
  std::error_code ignored;
  const auto size = std::filesystem::file_size(path, ignored);
  return read_table(Source{path}, ignored ? 0 : static_cast<std::size_t>(size));
}

TripleTable read_turtle_table_string(std::string_view text, const std::string& name) {
  return read_turtle_table_owned(std::string(text), name);
}

TripleTable read_turtle_table_owned(std::string&& text, const std::string& name) {
  const std::string owned(std::move(text));
  return read_table(Source{name, &owned}, owned.size());
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

void VocabularyReader::fail(const std::string& subject, const std::string& why) const {
  throw KnowledgeError(locate(name_, text_, subject) + ": " + subject + " " + why);
}

const Term* VocabularyReader::literal(const std::string& subject, const char* property, bool required) const {
  const Term* term = index_.first_object(subject, dg(property));
  if (!term) {
    if (required) fail(subject, std::string("has no dg:") + property);
    return nullptr;
  }
  if (!term->is_literal()) fail(subject, std::string("dg:") + property + " must be a literal");
  return term;
}

std::vector<const Term*> VocabularyReader::literals(const std::string& subject, const char* property) const {
  std::vector<const Term*> terms = index_.objects(subject, dg(property));
  for (const Term* term : terms)
    if (!term->is_literal()) fail(subject, std::string("dg:") + property + " must be a literal");
  return terms;
}

std::string VocabularyReader::text(const std::string& subject, const char* property, bool required) const {
  const Term* term = literal(subject, property, required);
  return term ? term->value : std::string();
}

bool VocabularyReader::flag(const std::string& subject, const char* property) const {
  const Term* term = literal(subject, property, false);
  if (!term) return false;
  if (term->value == "true" || term->value == "1") return true;
  if (term->value == "false" || term->value == "0") return false;
  fail(subject, std::string("dg:") + property + " is not a boolean: \"" + term->value + "\"");
}

}  // namespace dealgraph::rdf
