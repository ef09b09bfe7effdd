// One Google Benchmark per pipeline stage, on realistic input: a sample of the real news corpus
// (../shared/corpus/real/reuters21578.jsonl, English) and of the generated multilingual corpus
// (scripts/generate-corpus.py). Not a test: run it and write the figures down
// (scripts/bench.sh does, into a Markdown table).
//
//   build-bench/bench/stages_bench                                  # the real corpus only
//   DEALGRAPH_BENCH_GENERATED=DIR build-bench/bench/stages_bench     # and a generated one
//   DEALGRAPH_BENCH_REAL=FILE  DEALGRAPH_BENCH_SAMPLE_MB=8  DEALGRAPH_ONTOLOGY=DIR
//
// Every per-article stage reports bytes/s in bytes of INPUT (the files of the sample), so that
// the stage rates compare with the whole process and add up like it: 1/total = sum of 1/stage.
// The stage's own bytes (clean text, sentences, Turtle) are in the counter `own_MBps`.
// items/s are articles, except amounts (sentences) and the Turtle stages (triples).
//
// Stages: ingest (read_input: file reading, JSON Lines splitting, decoding, detect_format),
// detect_format alone, text (TextStage::prepare: markup, metadata, language, sentences),
// fold (fold_text of the clean text), match (fold_text + EntityMatcher::find), amounts
// (AmountParser::find_all per sentence), extract (Extractor::extract: mentions, amounts,
// deals, posts, discovery), graph (KnowledgeGraph::add for every article + finish), checks
// (check_graph), turtle_write (write_graph in Turtle, through Serd, with the atomic rename),
// graphml_write, turtle_load (load_graph_turtle: Sord + the loader). Path queries on 1,000,000
// entities: bench/path_bench.cpp.
#include <benchmark/benchmark.h>

#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "dealgraph/export.hpp"
#include "dealgraph/extract.hpp"
#include "dealgraph/graph.hpp"
#include "dealgraph/ingest.hpp"
#include "dealgraph/lexicon.hpp"
#include "dealgraph/query.hpp"
#include "dealgraph/text.hpp"
#include "extract/amounts.hpp"
#include "extract/entity_matcher.hpp"
#include "rdf/turtle_reader.hpp"

using namespace dealgraph;
namespace fs = std::filesystem;

namespace {

std::string env_or(const char* name, const std::string& fallback) {
  const char* value = std::getenv(name);
  return value && *value ? std::string(value) : fallback;
}

const std::string kOntology = env_or("DEALGRAPH_ONTOLOGY", DEALGRAPH_SOURCE_ONTOLOGY);
const double kSampleMB = std::atof(env_or("DEALGRAPH_BENCH_SAMPLE_MB", "8").c_str());

fs::path temp_dir() {
  static const fs::path dir = [] {
    fs::path d = fs::temp_directory_path() / ("dealgraph-stages-" + std::to_string(::getpid()));
    fs::create_directories(d);
    return d;
  }();
  return dir;
}

// The knowledge every stage needs, loaded once.
struct Knowledge {
  TextStage text;
  Extractor extractor;
  extract::EntityMatcher matcher;
  extract::AmountParser amounts;
  Knowledge()
      : text(TextRules::load(kOntology + "/rules/text.ttl")),
        extractor(KnowledgeFiles::in(Ontology(kOntology), {})),
        matcher(extractor.lexicon()),
        amounts(extract::AmountVocabulary::load(kOntology + "/rules/units.ttl")) {}
};
Knowledge& knowledge() {
  static Knowledge instance;
  return instance;
}

std::string extension_of(const std::string& path) {
  std::string ext = fs::path(path.substr(0, path.find('#'))).extension().string();
  return ext.empty() ? ext : ext.substr(1);
}

// A sample of a corpus and everything derived from it, computed on first use.
struct Corpus {
  std::string name;
  std::vector<InputFile> files;
  std::uint64_t bytes = 0;  // input bytes of the sample

  std::vector<RawArticle> raw;
  std::vector<Document> documents;  // with sentences (the others are skipped, as build does)
  std::vector<ArticleFacts> facts;
  std::unique_ptr<KnowledgeGraph> graph;
  std::string turtle;  // graph.ttl of the sample
  std::size_t triples = 0;
  std::uint64_t turtle_bytes = 0;

  // Files in list order, each kept while the kept bytes stay in proportion to the bytes seen, so
  // that a folder's mix of forms is kept; a JSON Lines file larger than what is left is cut to
  // its first whole lines.
  Corpus(std::string corpus_name, const std::string& path) : name(std::move(corpus_name)) {
    const std::uint64_t budget = static_cast<std::uint64_t>(kSampleMB * 1e6);
    std::vector<InputFile> all = list_inputs({path});
    std::uint64_t total = 0;
    for (const InputFile& f : all) total += input_size(f);
    std::uint64_t seen = 0;
    for (const InputFile& f : all) {
      const std::uint64_t size = input_size(f);
      seen += size;
      if (bytes >= budget) break;
      if (total > budget && static_cast<double>(bytes) > static_cast<double>(budget) * seen / total) continue;
      const std::string ext = extension_of(f.path);
      if (bytes + size > budget && (ext == "jsonl" || ext == "ndjson")) {
        std::ifstream in(f.path, std::ios::binary);
        const fs::path cut = temp_dir() / (name + "-" + fs::path(f.path).filename().string());
        std::ofstream out(cut, std::ios::binary);
        std::string line;
        while (bytes < budget && std::getline(in, line)) {
          out << line << '\n';
          bytes += line.size() + 1;
        }
        files.push_back({cut.string(), f.display, "", f.stem});
        continue;
      }
      files.push_back(f);
      bytes += size;
    }
  }

  const std::vector<RawArticle>& raw_articles() {
    if (raw.empty()) {
      IngestOptions options;
      options.on_note = [](const std::string&, const std::string&) {};
      for (const InputFile& f : files)
        read_input(f, options, [&](RawArticle&& a) { raw.push_back(std::move(a)); }, [](SkippedInput&&) {});
    }
    return raw;
  }
  const std::vector<Document>& docs() {
    if (documents.empty())
      for (const RawArticle& a : raw_articles()) {
        Document d = knowledge().text.prepare(a);
        if (!d.sentences.empty()) documents.push_back(std::move(d));
      }
    return documents;
  }
  const std::vector<ArticleFacts>& all_facts() {
    if (facts.empty())
      for (const Document& d : docs()) facts.push_back(knowledge().extractor.extract(d));
    return facts;
  }
  KnowledgeGraph& built_graph() {
    if (!graph) {
      graph = std::make_unique<KnowledgeGraph>();
      for (const ArticleFacts& f : all_facts()) graph->add(f, knowledge().extractor.lexicon());
      graph->finish();
    }
    return *graph;
  }
  const std::string& turtle_file() {
    if (turtle.empty()) {
      turtle = (temp_dir() / (name + "-graph.ttl")).string();
      write_graph(built_graph(), ExportFormat::Turtle, turtle);
      triples = rdf::read_turtle_file(turtle).size();
      turtle_bytes = fs::file_size(turtle);
    }
    return turtle;
  }
};

using Counter = benchmark::Counter;

void per_input(benchmark::State& state, Corpus& corpus, double items, double own_bytes) {
  const double n = static_cast<double>(state.iterations());
  state.SetBytesProcessed(static_cast<std::int64_t>(n * static_cast<double>(corpus.bytes)));
  state.SetItemsProcessed(static_cast<std::int64_t>(n * items));
  state.counters["input_MB"] = static_cast<double>(corpus.bytes) / 1e6;
  if (own_bytes > 0) state.counters["own_MBps"] = Counter(n * own_bytes / 1e6, Counter::kIsRate);
}

double text_bytes(const std::vector<Document>& docs) {
  double total = 0;
  for (const Document& d : docs) total += static_cast<double>(d.text.size());
  return total;
}

void BM_Ingest(benchmark::State& state, Corpus* corpus) {
  IngestOptions options;
  options.on_note = [](const std::string&, const std::string&) {};
  std::size_t articles = 0;
  for (auto _ : state) {
    articles = 0;
    for (const InputFile& f : corpus->files)
      read_input(f, options, [&](RawArticle&& a) { ++articles; benchmark::DoNotOptimize(a.bytes.data()); },
                 [](SkippedInput&&) {});
  }
  per_input(state, *corpus, static_cast<double>(articles), 0);
}

void BM_DetectFormat(benchmark::State& state, Corpus* corpus) {
  const auto& raw = corpus->raw_articles();
  std::vector<std::string> extensions;
  double own = 0;
  for (const RawArticle& a : raw) extensions.push_back(extension_of(a.source_path)), own += static_cast<double>(a.bytes.size());
  for (auto _ : state)
    for (std::size_t i = 0; i < raw.size(); ++i) benchmark::DoNotOptimize(detect_format(raw[i].bytes, extensions[i]));
  per_input(state, *corpus, static_cast<double>(raw.size()), own);
}

void BM_Text(benchmark::State& state, Corpus* corpus) {
  const auto& raw = corpus->raw_articles();
  const TextStage& stage = knowledge().text;
  double own = 0;
  for (const RawArticle& a : raw) own += static_cast<double>(a.bytes.size());
  for (auto _ : state)
    for (const RawArticle& a : raw) benchmark::DoNotOptimize(stage.prepare(a));
  per_input(state, *corpus, static_cast<double>(raw.size()), own);
}

void BM_Fold(benchmark::State& state, Corpus* corpus) {
  const auto& docs = corpus->docs();
  for (auto _ : state)
    for (const Document& d : docs) benchmark::DoNotOptimize(fold_text(d.text));
  per_input(state, *corpus, static_cast<double>(docs.size()), text_bytes(docs));
}

void BM_Match(benchmark::State& state, Corpus* corpus) {
  const auto& docs = corpus->docs();
  const extract::EntityMatcher& matcher = knowledge().matcher;
  std::size_t mentions = 0;
  for (auto _ : state) {
    mentions = 0;
    for (const Document& d : docs) mentions += matcher.find(d.text, fold_text(d.text)).size();
  }
  per_input(state, *corpus, static_cast<double>(docs.size()), text_bytes(docs));
  state.counters["mentions"] = static_cast<double>(mentions);
}

void BM_Amounts(benchmark::State& state, Corpus* corpus) {
  const auto& docs = corpus->docs();
  const extract::AmountParser& parser = knowledge().amounts;
  std::size_t sentences = 0, found = 0;
  double own = 0;
  for (const Document& d : docs)
    for (const Sentence& s : d.sentences) ++sentences, own += static_cast<double>(s.byte_end - s.byte_begin);
  for (auto _ : state) {
    found = 0;
    for (const Document& d : docs)
      for (const Sentence& s : d.sentences) {
        auto result = parser.find_all(std::string_view(d.text).substr(s.byte_begin, s.byte_end - s.byte_begin), d.language);
        found += result.amounts.size() + result.quantities.size();
      }
  }
  per_input(state, *corpus, static_cast<double>(sentences), own);
  state.counters["amounts"] = static_cast<double>(found);
}

void BM_Extract(benchmark::State& state, Corpus* corpus) {
  const auto& docs = corpus->docs();
  const Extractor& extractor = knowledge().extractor;
  std::size_t deals = 0;
  for (auto _ : state) {
    deals = 0;
    for (const Document& d : docs) deals += extractor.extract(d).deals.size();  // the copy of d is counted: build moves it
  }
  per_input(state, *corpus, static_cast<double>(docs.size()), text_bytes(docs));
  state.counters["deals"] = static_cast<double>(deals);
}

void BM_Graph(benchmark::State& state, Corpus* corpus) {
  const auto& facts = corpus->all_facts();
  const Lexicon& lexicon = knowledge().extractor.lexicon();
  for (auto _ : state) {
    KnowledgeGraph graph;
    for (const ArticleFacts& f : facts) graph.add(f, lexicon);
    graph.finish();
    benchmark::DoNotOptimize(graph.deals().size());
  }
  per_input(state, *corpus, static_cast<double>(facts.size()), 0);
  state.counters["deals"] = static_cast<double>(corpus->built_graph().deals().size());
  state.counters["entities"] = static_cast<double>(corpus->built_graph().entities().size());
}

void BM_Checks(benchmark::State& state, Corpus* corpus) {
  const KnowledgeGraph& graph = corpus->built_graph();
  for (auto _ : state) benchmark::DoNotOptimize(check_graph(graph));
  per_input(state, *corpus, static_cast<double>(corpus->facts.size()), 0);
}

void per_triple(benchmark::State& state, Corpus& corpus) {
  const double n = static_cast<double>(state.iterations());
  state.SetBytesProcessed(static_cast<std::int64_t>(n * static_cast<double>(corpus.bytes)));
  state.SetItemsProcessed(static_cast<std::int64_t>(n * static_cast<double>(corpus.triples)));
  state.counters["triples"] = static_cast<double>(corpus.triples);
  state.counters["ttl_MB"] = static_cast<double>(corpus.turtle_bytes) / 1e6;
  state.counters["own_MBps"] = Counter(n * static_cast<double>(corpus.turtle_bytes) / 1e6, Counter::kIsRate);
}

void BM_TurtleWrite(benchmark::State& state, Corpus* corpus) {
  corpus->turtle_file();
  const KnowledgeGraph& graph = corpus->built_graph();
  const std::string path = (temp_dir() / (corpus->name + "-write.ttl")).string();
  for (auto _ : state) write_graph(graph, ExportFormat::Turtle, path);
  per_triple(state, *corpus);
}

void BM_GraphmlWrite(benchmark::State& state, Corpus* corpus) {
  const KnowledgeGraph& graph = corpus->built_graph();
  const std::string path = (temp_dir() / (corpus->name + "-write.graphml")).string();
  for (auto _ : state) write_graph(graph, ExportFormat::GraphML, path);
  per_input(state, *corpus, static_cast<double>(graph.deals().size()), 0);
}

void BM_TurtleLoad(benchmark::State& state, Corpus* corpus) {
  const std::string& path = corpus->turtle_file();
  for (auto _ : state) benchmark::DoNotOptimize(load_graph_turtle(path));
  per_triple(state, *corpus);
}

// What every process pays before its first article: the lexicon, the rules, the automata.
void BM_LoadKnowledge(benchmark::State& state) {
  for (auto _ : state) {
    TextStage text(TextRules::load(kOntology + "/rules/text.ttl"));
    Extractor extractor(KnowledgeFiles::in(Ontology(kOntology), {}));
    benchmark::DoNotOptimize(extractor.lexicon().entries().size());
  }
}

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;

  std::vector<std::unique_ptr<Corpus>> corpora;
  const std::string real = env_or("DEALGRAPH_BENCH_REAL", DEALGRAPH_BENCH_REAL_DEFAULT);
  if (fs::exists(real)) corpora.push_back(std::make_unique<Corpus>("real", real));
  else std::cerr << "stages_bench: no real corpus at " << real << " (set DEALGRAPH_BENCH_REAL)\n";
  const std::string generated = env_or("DEALGRAPH_BENCH_GENERATED", "");
  if (!generated.empty()) corpora.push_back(std::make_unique<Corpus>("generated", generated));
  else std::cerr << "stages_bench: DEALGRAPH_BENCH_GENERATED not set: the generated corpus is left out\n";
  for (const auto& c : corpora)
    std::cerr << "stages_bench: " << c->name << ": " << c->files.size() << " files, " << c->bytes / 1e6 << " MB\n";

  // Wall-clock time throughout, as the whole process is measured (Turtle writing waits on fsync).
  benchmark::RegisterBenchmark("load_knowledge", BM_LoadKnowledge)->Unit(benchmark::kMillisecond)->UseRealTime();
  struct Stage {
    const char* name;
    void (*run)(benchmark::State&, Corpus*);
  };
  const Stage stages[] = {{"ingest", BM_Ingest},   {"detect_format", BM_DetectFormat}, {"text", BM_Text},
                          {"fold", BM_Fold},       {"match", BM_Match},                {"amounts", BM_Amounts},
                          {"extract", BM_Extract}, {"graph", BM_Graph},                {"checks", BM_Checks},
                          {"turtle_write", BM_TurtleWrite}, {"graphml_write", BM_GraphmlWrite},
                          {"turtle_load", BM_TurtleLoad}};
  for (const Stage& stage : stages)
    for (const auto& corpus : corpora)
      benchmark::RegisterBenchmark((std::string(stage.name) + "/" + corpus->name).c_str(), stage.run, corpus.get())
          ->Unit(benchmark::kMillisecond)
          ->UseRealTime();

  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  std::error_code ignored;
  fs::remove_all(temp_dir(), ignored);
  return 0;
}
