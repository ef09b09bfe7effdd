// Turtle, N-Triples, N-Quads and TriG through Serd's writer, from one statement stream
// (export/rdf_statements.hpp), in the stream's order so that the same graph always gives the
// same bytes. Turtle and TriG are pretty (prefixed names, abbreviated subjects, anonymous
// nodes nested as [ ... ]); N-Triples and N-Quads are one statement a line, for bulk loaders.
// N-Quads and TriG put every statement in the named graph of each article that states it.
#include <serd/serd.h>

#include <memory>

#include "dealgraph/export.hpp"
#include "export/atomic_file.hpp"
#include "export/rdf_statements.hpp"

namespace dealgraph {
namespace {

using rdfout::Event;
using rdfout::Statements;
using rdfout::Term;

const uint8_t* u8(const std::string& s) { return reinterpret_cast<const uint8_t*>(s.c_str()); }

SerdNode node_of(const Term& term) {
  switch (term.kind) {
    case Term::Kind::Iri: return serd_node_from_string(SERD_URI, u8(term.value));
    case Term::Kind::Blank: return serd_node_from_string(SERD_BLANK, u8(term.value));
    case Term::Kind::Literal: break;
  }
  // Every literal is written as a one-line "..." string with escapes, never as a long
  // """...""" string: Serd chooses the long form from these flags, and its own reader (0.30)
  // misreads a '"' followed by an escaped backslash inside a long string.
  SerdNode node = serd_node_from_string(SERD_LITERAL, u8(term.value));
  node.flags = 0;
  return node;
}

class SerdOutput {
 public:
  SerdOutput(std::FILE* file, SerdSyntax syntax, const std::string& base) : syntax_(syntax) {
    env_.reset(serd_env_new(nullptr));
    const bool pretty = syntax == SERD_TURTLE || syntax == SERD_TRIG;
    if (pretty) {
      auto prefix = [&](const char* name, const std::string& uri) {
        serd_env_set_prefix_from_strings(env_.get(), reinterpret_cast<const uint8_t*>(name), u8(uri));
      };
      prefix("dg", rdfout::kDg);
      prefix("rdf", rdfout::kRdf);
      prefix("rdfs", rdfout::kRdfs);
      prefix("skos", rdfout::kSkos);
      prefix("xsd", rdfout::kXsd);
      prefix("dcterms", rdfout::kDcterms);
      const std::string safe_base = rdfout::safe_iri(base);
      for (const char* kind : {"article", "org", "person", "chip", "product", "deal", "position"})
        prefix(kind, safe_base + kind + "/");
    }
    const auto style = pretty ? static_cast<SerdStyle>(SERD_STYLE_ABBREVIATED | SERD_STYLE_CURIED) : static_cast<SerdStyle>(0);
    writer_ = serd_writer_new(syntax, style, env_.get(), nullptr, serd_file_sink, file);
    if (pretty) serd_env_foreach(env_.get(), reinterpret_cast<SerdPrefixSink>(serd_writer_set_prefix), writer_);
  }
  ~SerdOutput() {
    if (writer_) serd_writer_free(writer_);
  }
  SerdOutput(const SerdOutput&) = delete;
  SerdOutput& operator=(const SerdOutput&) = delete;

  // Writes one event; `graph` is the graph name, or null for the default graph.
  void write(const Event& event, const std::string* graph) {
    const bool pretty = syntax_ == SERD_TURTLE || syntax_ == SERD_TRIG;
    const SerdNode s = node_of(event.subject);
    if (event.kind == Event::Kind::EndAnon) {
      if (pretty) check(serd_writer_end_anon(writer_, &s));
      return;
    }
    SerdStatementFlags flags = 0;
    if (pretty) {
      if (event.opens_anon) flags = SERD_ANON_O_BEGIN;
      else if (event.in_anon) flags = SERD_ANON_CONT;
    }
    const SerdNode g = graph ? serd_node_from_string(SERD_URI, u8(*graph)) : SERD_NODE_NULL;
    const SerdNode p = serd_node_from_string(SERD_URI, u8(event.predicate));
    const SerdNode o = node_of(event.object);
    const SerdNode datatype = serd_node_from_string(SERD_URI, u8(event.object.datatype));
    const SerdNode language = serd_node_from_string(SERD_LITERAL, u8(event.object.language));
    check(serd_writer_write_statement(writer_, flags, graph ? &g : nullptr, &s, &p, &o,
                                      event.object.datatype.empty() ? nullptr : &datatype,
                                      event.object.language.empty() ? nullptr : &language));
  }
  void finish() { check(serd_writer_finish(writer_)); }

 private:
  static void check(SerdStatus status) {
    if (status != SERD_SUCCESS)
      throw ExportError(std::string("RDF writer: ") + reinterpret_cast<const char*>(serd_strerror(status)));
  }
  struct EnvDeleter {
    void operator()(SerdEnv* e) const { serd_env_free(e); }
  };
  SerdSyntax syntax_;
  std::unique_ptr<SerdEnv, EnvDeleter> env_;
  SerdWriter* writer_ = nullptr;
};

// The events of each graph, in stream order: index 0 is the default graph, i + 1 the named
// graph graph_names[i]. An EndAnon goes where the statement that opened its node went.
std::vector<std::vector<const Event*>> by_graph(const Statements& statements) {
  std::vector<std::vector<const Event*>> groups(statements.graph_names.size() + 1);
  std::vector<const Event*> open;
  auto place = [&](const Event& owner, const Event& event) {
    if (owner.graphs.empty()) groups[0].push_back(&event);
    for (std::uint32_t g : owner.graphs) groups[g + 1].push_back(&event);
  };
  for (const Event& event : statements.events) {
    if (event.kind == Event::Kind::EndAnon) {
      place(*open.back(), event);
      open.pop_back();
      continue;
    }
    place(event, event);
    if (event.opens_anon) open.push_back(&event);
  }
  return groups;
}

void write_serd(const KnowledgeGraph& graph, const std::string& path, SerdSyntax syntax) {
  const Statements statements = rdfout::statements_of(graph);
  AtomicFile file(path);
  {
    SerdOutput out(file.get(), syntax, graph.base());
    if (syntax == SERD_TURTLE || syntax == SERD_NTRIPLES) {
      for (const Event& event : statements.events) out.write(event, nullptr);
    } else {
      const auto groups = by_graph(statements);
      for (std::size_t g = 0; g < groups.size(); ++g) {
        const std::string* name = g == 0 ? nullptr : &statements.graph_names[g - 1];
        for (const Event* event : groups[g]) out.write(*event, name);
      }
    }
    out.finish();
  }
  if (std::ferror(file.get())) throw ExportError(path + ": write failed");
  file.commit();
}

}  // namespace

void write_turtle(const KnowledgeGraph& graph, const std::string& path) { write_serd(graph, path, SERD_TURTLE); }
void write_ntriples(const KnowledgeGraph& graph, const std::string& path) { write_serd(graph, path, SERD_NTRIPLES); }
void write_nquads(const KnowledgeGraph& graph, const std::string& path) { write_serd(graph, path, SERD_NQUADS); }
void write_trig(const KnowledgeGraph& graph, const std::string& path) { write_serd(graph, path, SERD_TRIG); }

}  // namespace dealgraph
