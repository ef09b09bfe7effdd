// Turtle, N-Triples, N-Quads and TriG through Serd's writer, from one statement stream
// (export/rdf_statements.hpp), written as it is produced and in its order, so that the same
// graph always gives the same bytes and writing takes no memory of its own. Turtle and TriG
// are pretty (prefixed names, abbreviated subjects, anonymous nodes nested as [ ... ]);
// N-Triples and N-Quads are one statement a line, for bulk loaders.
// N-Quads and TriG put every statement in the named graph of each article that states it.
#include <serd/serd.h>

#include <cerrno>
#include <cstring>
#include <memory>

#include "dealgraph/export.hpp"
#include "util/atomic_file.hpp"
#include "export/rdf_statements.hpp"

namespace dealgraph {
namespace {

using rdfout::Statement;
using rdfout::Term;

const uint8_t* u8(const std::string& s) { return reinterpret_cast<const uint8_t*>(s.c_str()); }

SerdNode node_of(SerdType type, std::string_view text) {
  return serd_node_from_substring(type, reinterpret_cast<const uint8_t*>(text.data()), text.size());
}

SerdNode node_of(const Term& term) {
  switch (term.kind) {
    case Term::Kind::Iri: return node_of(SERD_URI, term.value);
    case Term::Kind::Blank: return node_of(SERD_BLANK, term.value);
    case Term::Kind::Literal: break;
  }
  // Every literal is written as a one-line "..." string with escapes, never as a long
  // """...""" string: Serd chooses the long form from these flags, and its own reader (0.30)
  // misreads a '"' followed by an escaped backslash inside a long string.
  SerdNode node = node_of(SERD_LITERAL, term.value);
  node.flags = 0;
  return node;
}

// Serd 0.30 hands its output to the sink a few bytes at a time; gathering it into large
// blocks before fwrite saves a locked library call for every token.
class BlockSink {
 public:
  explicit BlockSink(std::FILE* file) : file_(file) { buffer_.reserve(kBlock); }
  static std::size_t write(const void* bytes, std::size_t size, void* self) {
    auto& sink = *static_cast<BlockSink*>(self);
    sink.buffer_.append(static_cast<const char*>(bytes), size);
    if (sink.buffer_.size() >= kBlock) sink.flush();
    return size;
  }
  void flush() {
    if (!buffer_.empty() && std::fwrite(buffer_.data(), 1, buffer_.size(), file_) != buffer_.size())
      throw ExportError(std::string("RDF writer: ") + std::strerror(errno));
    buffer_.clear();
  }

 private:
  static constexpr std::size_t kBlock = 1 << 20;
  std::FILE* file_;
  std::string buffer_;
};

// Hands each statement to Serd as it comes: nothing is kept between statements but the
// current graph's name.
class SerdOutput final : public rdfout::StatementSink {
 public:
  SerdOutput(std::FILE* file, SerdSyntax syntax, const std::string& base)
      : pretty_(syntax == SERD_TURTLE || syntax == SERD_TRIG), sink_(file) {
    env_.reset(serd_env_new(nullptr));
    if (pretty_) {
      auto prefix = [&](const char* name, const std::string& uri) {
        serd_env_set_prefix_from_strings(env_.get(), reinterpret_cast<const uint8_t*>(name), u8(uri));
      };
      prefix("dg", rdfout::kDg);
      prefix("rdf", rdfout::kRdf);
      prefix("rdfs", rdfout::kRdfs);
      prefix("skos", rdfout::kSkos);
      prefix("xsd", rdfout::kXsd);
      prefix("dcterms", rdfout::kDcterms);
      prefix("schema", rdfout::kSchema);
      prefix("prov", rdfout::kProv);
      const std::string safe_base = rdfout::safe_iri(base);
      for (const char* kind : {"article", "org", "person", "chip", "product", "deal", "position"})
        prefix(kind, safe_base + kind + "/");
    }
    const auto style = pretty_ ? static_cast<SerdStyle>(SERD_STYLE_ABBREVIATED | SERD_STYLE_CURIED) : static_cast<SerdStyle>(0);
    writer_ = serd_writer_new(syntax, style, env_.get(), nullptr, BlockSink::write, &sink_);
    if (pretty_) serd_env_foreach(env_.get(), reinterpret_cast<SerdPrefixSink>(serd_writer_set_prefix), writer_);
  }
  ~SerdOutput() override {
    if (writer_) serd_writer_free(writer_);
  }
  SerdOutput(const SerdOutput&) = delete;
  SerdOutput& operator=(const SerdOutput&) = delete;

  void begin_graph(const std::string* article_iri) override {
    has_graph_ = article_iri != nullptr;
    graph_ = has_graph_ ? node_of(SERD_URI, *article_iri) : SERD_NODE_NULL;
  }

  void statement(const Statement& statement) override {
    const SerdNode s = node_of(statement.subject);
    if (statement.kind == Statement::Kind::EndAnon) {
      if (pretty_) check(serd_writer_end_anon(writer_, &s));
      return;
    }
    SerdStatementFlags flags = 0;
    if (pretty_) {
      if (statement.opens_anon) flags = SERD_ANON_O_BEGIN;
      else if (statement.in_anon) flags = SERD_ANON_CONT;
    }
    const SerdNode p = node_of(SERD_URI, statement.predicate);
    const SerdNode o = node_of(statement.object);
    const SerdNode datatype = node_of(SERD_URI, statement.object.datatype);
    const SerdNode language = node_of(SERD_LITERAL, statement.object.language);
    check(serd_writer_write_statement(writer_, flags, has_graph_ ? &graph_ : nullptr, &s, &p, &o,
                                      statement.object.datatype.empty() ? nullptr : &datatype,
                                      statement.object.language.empty() ? nullptr : &language));
  }
  void finish() {
    check(serd_writer_finish(writer_));
    sink_.flush();
  }

 private:
  static void check(SerdStatus status) {
    if (status != SERD_SUCCESS)
      throw ExportError(std::string("RDF writer: ") + reinterpret_cast<const char*>(serd_strerror(status)));
  }
  struct EnvDeleter {
    void operator()(SerdEnv* e) const { serd_env_free(e); }
  };
  bool pretty_;
  BlockSink sink_;
  std::unique_ptr<SerdEnv, EnvDeleter> env_;
  SerdWriter* writer_ = nullptr;
  bool has_graph_ = false;
  SerdNode graph_ = SERD_NODE_NULL;  // views the name begin_graph was given, valid until the next call
};

void write_serd(const KnowledgeGraph& graph, const std::string& path, SerdSyntax syntax, OutputSlice slice) {
  AtomicFile file(path);
  {
    SerdOutput out(file.get(), syntax, graph.base());
    // Turtle and N-Triples have no graphs; N-Quads and TriG group statements by graph.
    if (syntax == SERD_TURTLE || syntax == SERD_NTRIPLES) rdfout::emit_statements(graph, out, slice);
    else rdfout::emit_statements_by_graph(graph, out, slice);
    out.finish();
  }
  if (std::ferror(file.get())) throw ExportError(path + ": write failed");
  file.commit();
}

}  // namespace

void write_turtle(const KnowledgeGraph& graph, const std::string& path, OutputSlice slice) {
  write_serd(graph, path, SERD_TURTLE, slice);
}
void write_ntriples(const KnowledgeGraph& graph, const std::string& path, OutputSlice slice) {
  write_serd(graph, path, SERD_NTRIPLES, slice);
}
void write_nquads(const KnowledgeGraph& graph, const std::string& path, OutputSlice slice) {
  write_serd(graph, path, SERD_NQUADS, slice);
}
void write_trig(const KnowledgeGraph& graph, const std::string& path, OutputSlice slice) {
  write_serd(graph, path, SERD_TRIG, slice);
}

}  // namespace dealgraph
