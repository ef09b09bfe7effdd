// push: N-Quads split into graphs, graph names and URLs, the state file, the retry policy, and
// the push loop against a fake store (the real ones are in tests/push/mock-store.sh and
// tests/e2e/virtuoso.sh).
#include <catch2/catch.hpp>

#include <unistd.h>

#include <deque>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "dealgraph/push.hpp"
#include "rdf/turtle_reader.hpp"
#include "util/sha256.hpp"

using namespace dealgraph;
namespace fs = std::filesystem;

namespace {

fs::path temp_dir(const std::string& name) {
  fs::path dir = fs::temp_directory_path() / ("dealgraph-push-" + name + "-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

void write(const fs::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
}

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

const std::string kA = "https://w3id.org/dealgraph/id/article/a";
const std::string kB = "https://w3id.org/dealgraph/id/article/b";

// Two articles' graphs, as `build --format nq` writes them: blank node labels count up over the
// whole file.
std::string two_articles(const std::string& title_a = "A") {
  return "<" + kA + "> <http://purl.org/dc/terms/title> \"" + title_a + "\"@en <" + kA + "> .\n" +
         "<https://w3id.org/dealgraph/id/deal/1> <https://w3id.org/dealgraph#evidence> _:b1 <" + kA + "> .\n" +
         "_:b1 <https://w3id.org/dealgraph#quote> \"say \\\"x\\\"\" <" + kA + "> .\n" +
         "<" + kB + "> <http://purl.org/dc/terms/title> \"B\" <" + kB + "> .\n" +
         "<https://w3id.org/dealgraph/id/deal/1> <https://w3id.org/dealgraph#evidence> _:b2 <" + kB + "> .\n" +
         "_:b2 <https://w3id.org/dealgraph#start> \"3\"^^<http://www.w3.org/2001/XMLSchema#integer> <" + kB + "> .\n";
}

// A store in memory: answers PUTs from a script of results, then 201; keeps what it got.
class FakeStore : public HttpClient {
 public:
  std::deque<HttpResult> script;
  std::vector<std::pair<std::string, std::string>> puts;  // url, body
  std::map<std::string, HttpResult> always;               // url substring -> result, after the script
  HttpResult put(const std::string& url, const std::string& content_type, const std::string& body) override {
    CHECK(content_type == "text/turtle");
    puts.emplace_back(url, body);
    if (!script.empty()) {
      HttpResult r = script.front();
      script.pop_front();
      return r;
    }
    for (const auto& [part, result] : always)
      if (url.find(part) != std::string::npos) return result;
    HttpResult ok;
    ok.status = 201;
    return ok;
  }
};

HttpResult status(long code) {
  HttpResult r;
  r.status = code;
  return r;
}

HttpResult refused() {
  HttpResult r;
  r.error = "Failed to connect to 127.0.0.1 port 9: Connection refused";
  r.transient_error = true;
  return r;
}

struct Fixture {
  fs::path dir;
  PushOptions options;
  std::vector<std::chrono::milliseconds> sleeps;
  std::ostringstream log;
  explicit Fixture(const std::string& name, const std::string& nq = two_articles()) : dir(temp_dir(name)) {
    write(dir / "graph.nq", nq);
    options.dir = dir.string();
    options.endpoint = "http://store.test/gsp";
    options.progress = PushOptions::Progress::Never;
    options.sleep = [this](std::chrono::milliseconds ms) { sleeps.push_back(ms); };
  }
  PushSummary push(HttpClient& client) { return run_push(options, client, log); }
};

}  // namespace

TEST_CASE("an N-Quads line splits into its terms", "[push]") {
  auto q = split_nquads_line("<s> <p> \"a \\\"quoted\\\" word\"@pt-BR <g> .");
  REQUIRE(q);
  CHECK(q->subject == "<s>");
  CHECK(q->predicate == "<p>");
  CHECK(q->object == "\"a \\\"quoted\\\" word\"@pt-BR");
  CHECK(q->graph == "<g>");

  q = split_nquads_line("_:b1 <p> \"1.5\"^^<http://www.w3.org/2001/XMLSchema#decimal> .");
  REQUIRE(q);
  CHECK(q->subject == "_:b1");
  CHECK(q->object == "\"1.5\"^^<http://www.w3.org/2001/XMLSchema#decimal>");
  CHECK(q->graph.empty());

  q = split_nquads_line("<s>\t<p>\t_:x.y\t<g>\t.\t# a comment");
  REQUIRE(q);
  CHECK(q->object == "_:x.y");
  q = split_nquads_line("<s> <p> _:b7.");
  REQUIRE(q);
  CHECK(q->object == "_:b7");

  CHECK_FALSE(split_nquads_line(""));
  CHECK_FALSE(split_nquads_line("   # only a comment"));
  CHECK_THROWS_AS(split_nquads_line("<s> <p> <o>"), std::invalid_argument);
  CHECK_THROWS_AS(split_nquads_line("<s> <p> \"open"), std::invalid_argument);
  CHECK_THROWS_AS(split_nquads_line("<s> \"p\" <o> ."), std::invalid_argument);
  CHECK_THROWS_AS(split_nquads_line("<s> <p> <o> <g> . junk"), std::invalid_argument);
  CHECK_THROWS_AS(split_nquads_line("<s x> <p> <o> ."), std::invalid_argument);
}

TEST_CASE("IRIs lose their brackets and escapes", "[push]") {
  CHECK(iri_of("<https://x.test/a>") == "https://x.test/a");
  CHECK(iri_of("<https://x.test/\\u00E9t\\U0001F600>") == "https://x.test/\xC3\xA9t\xF0\x9F\x98\x80");
  CHECK(iri_of("<https://x.test/\\uZZZZ>") == "https://x.test/\\uZZZZ");
}

TEST_CASE("blank nodes are relabelled in order of appearance", "[push]") {
  BlankRelabeler relabel;
  CHECK(relabel("_:b17") == "_:b0");
  CHECK(relabel("<iri>") == "<iri>");
  CHECK(relabel("_:x") == "_:b1");
  CHECK(relabel("_:b17") == "_:b0");
}

TEST_CASE("graph.nq is read as one set of N-Triples per graph", "[push]") {
  const fs::path dir = temp_dir("index");
  // Graph A's lines come in two runs, with the default graph and graph B between them.
  write(dir / "graph.nq", "<" + kA + "> <p> \"1\" <" + kA + "> .\n" +
                              "# a comment\n"
                              "<x> <p> _:b9 .\n" +
                              "<" + kB + "> <p> _:b3 <" + kB + "> .\n" +
                              "_:b3 <q> \"z\" <" + kB + "> .\n" +
                              "<" + kA + "> <p> _:b3 <" + kA + "> .\n" + "<" + kA + "> <q> _:b4 <" + kA + "> .");
  const NQuadsGraphs index((dir / "graph.nq").string());
  REQUIRE(index.graphs().size() == 3);
  CHECK(index.graphs()[0].name == kA);
  CHECK(index.graphs()[0].statements == 3);
  CHECK(index.graphs()[0].runs.size() == 2);
  CHECK(index.graphs()[1].name.empty());
  CHECK(index.graphs()[2].name == kB);
  CHECK(index.ntriples(index.graphs()[0]) == "<" + kA + "> <p> \"1\" .\n<" + kA + "> <p> _:b0 .\n<" + kA + "> <q> _:b1 .\n");
  CHECK(index.ntriples(index.graphs()[1]) == "<x> <p> _:b0 .\n");
  CHECK(index.ntriples(index.graphs()[2]) == "<" + kB + "> <p> _:b0 .\n_:b0 <q> \"z\" .\n");

  write(dir / "bad.nq", "<s> <p> <o> <g> .\n<s> <p> .\n");
  try {
    NQuadsGraphs bad((dir / "bad.nq").string());
    FAIL("a malformed line was accepted");
  } catch (const PushError& error) {
    CHECK_THAT(error.what(), Catch::Contains("bad.nq:2: not N-Quads"));
  }
  write(dir / "blank-graph.nq", "<s> <p> <o> _:g .\n");
  CHECK_THROWS_AS(NQuadsGraphs((dir / "blank-graph.nq").string()), PushError);
  CHECK_THROWS_AS(NQuadsGraphs((dir / "missing.nq").string()), PushError);
}

TEST_CASE("a graph's N-Triples do not depend on the other graphs' blank node labels", "[push]") {
  const fs::path dir = temp_dir("stable");
  // Article A gains an evidence node: every blank node label after it in the file shifts.
  write(dir / "before.nq", two_articles());
  std::string shifted = two_articles();
  for (const auto& [from, to] : {std::pair{"_:b2", "_:b3"}, std::pair{"_:b1", "_:b2"}})
    for (std::size_t at = shifted.find(from); at != std::string::npos; at = shifted.find(from, at + 1))
      shifted.replace(at, 4, to);
  write(dir / "after.nq", "<" + kA + "> <https://w3id.org/dealgraph#evidence> _:b1 <" + kA + "> .\n" + shifted);
  const NQuadsGraphs before((dir / "before.nq").string()), changed((dir / "after.nq").string());
  CHECK(before.ntriples(before.graphs()[1]) == changed.ntriples(changed.graphs()[1]));
  CHECK(before.ntriples(before.graphs()[0]) != changed.ntriples(changed.graphs()[0]));
}

TEST_CASE("the ontology becomes N-Triples with every triple of the Turtle", "[push]") {
  const std::string path = std::string(DEALGRAPH_SOURCE_ONTOLOGY) + "/dealgraph.ttl";
  const std::string nt = turtle_file_to_ntriples(path);
  const auto triples = rdf::read_turtle_file(path);
  CHECK(static_cast<std::size_t>(std::count(nt.begin(), nt.end(), '\n')) == triples.size());
  CHECK(nt.find("<https://w3id.org/dealgraph#Investment> <http://www.w3.org/2000/01/rdf-schema#subClassOf> "
                "<https://w3id.org/dealgraph#Deal> .\n") != std::string::npos);
  CHECK(nt == turtle_file_to_ntriples(path));

  const fs::path dir = temp_dir("ontology");
  write(dir / "bad.ttl", "@prefix ex: <http://x.test/> .\nex:a ex:b .\n");
  try {
    turtle_file_to_ntriples((dir / "bad.ttl").string());
    FAIL("bad Turtle was accepted");
  } catch (const PushError& error) {
    CHECK_THAT(error.what(), Catch::Contains("bad.ttl:2:"));
  }
}

TEST_CASE("graph names in the store", "[push]") {
  CHECK(article_base(kA) == "https://w3id.org/dealgraph/id/");
  CHECK(article_base("http://x.test/ns#article/a%2Fb") == "http://x.test/ns#");
  CHECK(article_base("http://x.test/article/a/b").empty());
  CHECK(article_base("http://x.test/particle/a").empty());
  CHECK(article_base("http://x.test/other").empty());

  const std::string base = "https://w3id.org/dealgraph/id/";
  CHECK(store_graph_name(kA, "", base) == kA);
  CHECK(store_graph_name(kA, "http://g.test/dg/", base) == "http://g.test/dg/article/a");
  CHECK(store_graph_name("urn:other:graph", "http://g.test/dg/", base) == "http://g.test/dg/graph/urn%3Aother%3Agraph");
  // A node's own graph keeps its path under the prefix; a name under {base}graph/ does not,
  // so it cannot pass for the prefix's own ontology or unattributed graph.
  CHECK(store_graph_name(base + "org/nvidia", "", base) == base + "org/nvidia");
  CHECK(store_graph_name(base + "deal/3f2a", "http://g.test/dg/", base) == "http://g.test/dg/deal/3f2a");
  CHECK(store_graph_name(base + "graph/ontology", "http://g.test/dg/", base) ==
        "http://g.test/dg/graph/https%3A%2F%2Fw3id.org%2Fdealgraph%2Fid%2Fgraph%2Fontology");
  CHECK(store_graph_name("", "", base) == base + "graph/unattributed");
  CHECK(store_graph_name("", "http://g.test/dg/", base) == "http://g.test/dg/graph/unattributed");

  std::string problem;
  CHECK(normalise_graph_prefix("http://g.test/dg", problem) == "http://g.test/dg/");
  CHECK(problem.empty());
  CHECK(normalise_graph_prefix("http://g.test/dg#", problem) == "http://g.test/dg#");
  CHECK(normalise_graph_prefix("urn:dealgraph:", problem) == "urn:dealgraph:");
  CHECK(normalise_graph_prefix("not an iri", problem).empty());
  CHECK_FALSE(problem.empty());
  CHECK(normalise_graph_prefix("dealgraph/graphs/", problem).empty());
  CHECK(normalise_graph_prefix("http://g.test/<x>/", problem).empty());
}

TEST_CASE("Graph Store Protocol URLs", "[push]") {
  CHECK(percent_encode("a-b_c.d~e") == "a-b_c.d~e");
  CHECK(percent_encode("https://x.test/a b?c=d&e#f") == "https%3A%2F%2Fx.test%2Fa%20b%3Fc%3Dd%26e%23f");
  CHECK(percent_encode("\xC3\xA9") == "%C3%A9");
  CHECK(graph_store_url("http://h:8890/sparql-graph-crud-auth", kA) ==
        "http://h:8890/sparql-graph-crud-auth?graph=https%3A%2F%2Fw3id.org%2Fdealgraph%2Fid%2Farticle%2Fa");
  CHECK(graph_store_url("http://h/ds/data?x=1", "urn:g") == "http://h/ds/data?x=1&graph=urn%3Ag");
  CHECK(graph_store_url("http://h/ds/data?", "urn:g") == "http://h/ds/data?graph=urn%3Ag");

  CHECK(endpoint_problem("http://localhost:8890/sparql-graph-crud-auth").empty());
  CHECK(endpoint_problem("HTTPS://store.test").empty());
  CHECK(endpoint_problem("https://dba@store.test/gsp").empty());
  CHECK_THAT(endpoint_problem("https://dba:secret@store.test/gsp"), Catch::Contains("password"));
  CHECK_FALSE(endpoint_problem("ftp://store.test/").empty());
  CHECK_FALSE(endpoint_problem("localhost:8890/x").empty());
  CHECK_FALSE(endpoint_problem("http:///x").empty());
  CHECK_FALSE(endpoint_problem("http://h/x#frag").empty());
  CHECK_FALSE(endpoint_problem("http://h/a b").empty());
  CHECK_FALSE(endpoint_problem("").empty());

  CHECK_FALSE(endpoint_note("http://localhost:8890/sparql").empty());
  CHECK_FALSE(endpoint_note("http://localhost:3030/ds/query/").empty());
  CHECK(endpoint_note("http://localhost:8890/sparql-graph-crud-auth").empty());
  CHECK(endpoint_note("http://localhost:3030/ds/data").empty());
}

TEST_CASE("the state file keeps a hash per graph and endpoint", "[push]") {
  const fs::path dir = temp_dir("state");
  const std::string path = (dir / PushState::kFileName).string();
  const std::string h1(64, 'a'), h2(64, '0');
  std::string warning;
  PushState state = PushState::load(path, &warning);  // no file yet: empty, no warning
  CHECK(warning.empty());
  CHECK(state.size("http://e1") == 0);
  state.set("http://e1", kA, h1);
  state.set("http://e1", kB, h2);
  state.set("http://e2", kA, h2);
  state.save(path);

  PushState loaded = PushState::load(path, &warning);
  CHECK(warning.empty());
  CHECK(loaded.hash("http://e1", kA) == h1);
  CHECK(loaded.hash("http://e2", kA) == h2);
  CHECK_FALSE(loaded.hash("http://e2", kB));
  CHECK_FALSE(loaded.hash("http://e3", kA));
  loaded.erase("http://e1", kA);
  CHECK_FALSE(loaded.hash("http://e1", kA));
  CHECK(loaded.size("http://e1") == 1);
  loaded.erase("http://e2", kA);
  CHECK(loaded.size("http://e2") == 0);

  for (const std::string broken : {"{not json", "[]", "{\"version\": 2, \"endpoints\": {}}",
                                   "{\"version\": 1, \"endpoints\": {\"http://e\": {\"graphs\": {\"g\": \"short\"}}}}"}) {
    write(path, broken);
    warning.clear();
    const PushState fresh = PushState::load(path, &warning);
    CHECK(fresh.size("http://e") == 0);
    CHECK_THAT(warning, Catch::Contains("pushed again"));
  }
}

TEST_CASE("the retry policy", "[push]") {
  for (const long s : {500L, 502L, 503L, 504L, 507L, 408L, 429L}) CHECK(RetryPolicy::transient_status(s));
  for (const long s : {200L, 201L, 400L, 401L, 403L, 404L, 405L, 413L, 415L, 501L, 505L}) CHECK_FALSE(RetryPolicy::transient_status(s));
  CHECK(RetryPolicy::transient(refused()));
  HttpResult tls;
  tls.error = "SSL certificate problem: self-signed certificate";
  CHECK_FALSE(RetryPolicy::transient(tls));
  CHECK(RetryPolicy::transient(status(503)));

  RetryPolicy policy;
  using ms = std::chrono::milliseconds;
  CHECK(policy.delay(1) == ms(500));
  CHECK(policy.delay(2) == ms(1000));
  CHECK(policy.delay(3) == ms(2000));
  CHECK(policy.delay(7) == ms(30000));
  CHECK(policy.delay(40) == ms(30000));
  CHECK(policy.delay(1, 3) == ms(3000));
  CHECK(policy.delay(1, 0) == ms(0));
  CHECK(policy.delay(1, 3600) == ms(30000));
}

TEST_CASE("a push sends every graph once and then nothing until one changes", "[push]") {
  Fixture f("loop");
  f.options.ontology_file = std::string(DEALGRAPH_SOURCE_ONTOLOGY) + "/dealgraph.ttl";
  FakeStore store;
  PushSummary s = f.push(store);
  CHECK(s.ok());
  CHECK(s.graphs == 3);
  CHECK(s.pushed == 3);
  REQUIRE(store.puts.size() == 3);
  CHECK(store.puts[0].first == "http://store.test/gsp?graph=https%3A%2F%2Fw3id.org%2Fdealgraph%2Fid%2Fgraph%2Fontology");
  CHECK(store.puts[1].first == graph_store_url("http://store.test/gsp", kA));
  CHECK(store.puts[1].second ==
        "<" + kA + "> <http://purl.org/dc/terms/title> \"A\"@en .\n"
        "<https://w3id.org/dealgraph/id/deal/1> <https://w3id.org/dealgraph#evidence> _:b0 .\n"
        "_:b0 <https://w3id.org/dealgraph#quote> \"say \\\"x\\\"\" .\n");
  CHECK(s.statements_pushed == 3 + 3 + static_cast<std::size_t>(std::count(store.puts[0].second.begin(), store.puts[0].second.end(), '\n')));
  const PushState state = PushState::load((f.dir / PushState::kFileName).string());
  CHECK(state.hash("http://store.test/gsp", kA) == util::sha256_hex(store.puts[1].second));

  s = f.push(store);  // the same build again: nothing sent
  CHECK(s.ok());
  CHECK(s.unchanged == 3);
  CHECK(s.pushed == 0);
  CHECK(store.puts.size() == 3);

  f.options.force = true;  // --force sends everything
  s = f.push(store);
  CHECK(s.pushed == 3);
  CHECK(store.puts.size() == 6);
  f.options.force = false;

  write(f.dir / "graph.nq", two_articles("A, corrected"));  // one article re-built
  s = f.push(store);
  CHECK(s.pushed == 1);
  CHECK(s.unchanged == 2);
  REQUIRE(store.puts.size() == 7);
  CHECK(store.puts.back().first == graph_store_url("http://store.test/gsp", kA));

  f.options.endpoint = "http://other.test/gsp";  // another store: its own state
  s = f.push(store);
  CHECK(s.pushed == 3);
}

TEST_CASE("transient failures are retried with backoff", "[push]") {
  Fixture f("retry");
  FakeStore store;
  store.script = {status(503), refused(), status(201)};
  store.script[0].retry_after_seconds = 2;
  const PushSummary s = f.push(store);
  CHECK(s.ok());
  CHECK(s.pushed == 2);
  CHECK(store.puts.size() == 4);
  CHECK(f.sleeps == std::vector<std::chrono::milliseconds>{std::chrono::milliseconds(2000), std::chrono::milliseconds(1000)});
}

TEST_CASE("a graph the store rejects fails alone, and the next push retries only it", "[push]") {
  Fixture f("reject");
  FakeStore store;
  HttpResult bad = status(400);
  bad.body = "<html><body>\n  <h1>Syntax error</h1> at line 3\n</body></html>";
  store.always[percent_encode(kA)] = bad;
  PushSummary s = f.push(store);
  CHECK_FALSE(s.ok());
  CHECK_FALSE(s.stopped);
  CHECK(s.failed == 1);
  CHECK(s.pushed == 1);
  CHECK(s.failed_graphs == std::vector<std::string>{kA});
  CHECK(store.puts.size() == 2);  // a 400 is not retried
  CHECK_THAT(f.log.str(), Catch::Contains(kA + " failed at http://store.test/gsp: HTTP 400 Bad Request: Syntax error at line 3"));

  store.always.clear();
  s = f.push(store);
  CHECK(s.ok());
  CHECK(s.pushed == 1);
  CHECK(s.unchanged == 1);
}

TEST_CASE("a store that refuses stops the push at once", "[push]") {
  Fixture f("refused");
  FakeStore store;
  store.script = {status(401)};
  const PushSummary s = f.push(store);
  CHECK(s.stopped);
  CHECK(s.failed == 1);
  CHECK(s.not_tried == 1);
  CHECK(store.puts.size() == 1);
  CHECK_THAT(s.stop_reason, Catch::Contains("http://store.test/gsp refused the push: HTTP 401 Unauthorized"));
  CHECK(summary_line(s, f.options.endpoint) ==
        "2 graphs to http://store.test/gsp: pushed 0, unchanged 0, failed 1, not tried 1");

  Fixture g("not-gsp");
  store.script = {status(405)};
  const PushSummary t = g.push(store);
  CHECK(t.stopped);
  CHECK_THAT(t.stop_reason, Catch::Contains("HTTP 405 Method Not Allowed"));
}

TEST_CASE("an unreachable store stops the push after the retries, and the next push finishes the rest", "[push]") {
  Fixture f("unreachable");
  f.options.retry.retries = 2;
  FakeStore store;
  store.script = {status(201), refused(), refused(), refused()};
  PushSummary s = f.push(store);
  CHECK(s.stopped);
  CHECK(s.pushed == 1);
  CHECK(s.failed == 1);
  CHECK(store.puts.size() == 4);
  CHECK(f.sleeps.size() == 2);
  CHECK_THAT(s.stop_reason, Catch::Contains("http://store.test/gsp cannot be reached (no HTTP status): Failed to connect"));
  CHECK_THAT(s.stop_reason, Catch::Contains("3 attempts"));

  s = f.push(store);  // the store is back
  CHECK(s.ok());
  CHECK(s.unchanged == 1);
  CHECK(s.pushed == 1);
}

TEST_CASE("server errors on several graphs in a row stop the push", "[push]") {
  std::string nq;
  for (int i = 0; i < 6; ++i)
    nq += "<s> <p> \"" + std::to_string(i) + "\" <https://w3id.org/dealgraph/id/article/a" + std::to_string(i) + "> .\n";
  Fixture f("failing", nq);
  f.options.retry.retries = 0;
  FakeStore store;
  store.always["article%2Fa"] = status(500);
  const PushSummary s = f.push(store);
  CHECK(s.stopped);
  CHECK(s.failed == 3);
  CHECK(s.not_tried == 3);
  CHECK_THAT(s.stop_reason, Catch::Contains("keeps failing: HTTP 500 Internal Server Error for 3 graphs in a row"));
}

TEST_CASE("graph prefixes, dry runs and a missing graph.nq", "[push]") {
  Fixture f("prefix");
  f.options.graph_prefix = "http://g.test/news/";
  f.options.ontology_file = std::string(DEALGRAPH_SOURCE_ONTOLOGY) + "/dealgraph.ttl";
  FakeStore store;
  f.options.dry_run = true;
  PushSummary s = f.push(store);
  CHECK(s.pushed == 3);
  CHECK(store.puts.empty());
  CHECK_FALSE(fs::exists(f.dir / PushState::kFileName));
  f.options.dry_run = false;
  s = f.push(store);
  REQUIRE(store.puts.size() == 3);
  CHECK(store.puts[0].first == graph_store_url("http://store.test/gsp", "http://g.test/news/graph/ontology"));
  CHECK(store.puts[1].first == graph_store_url("http://store.test/gsp", "http://g.test/news/article/a"));
  CHECK(slurp(f.dir / PushState::kFileName).find("http://g.test/news/article/b") != std::string::npos);

  fs::remove(f.dir / "graph.nq");
  try {
    f.push(store);
    FAIL("no graph.nq, yet the push went on");
  } catch (const PushError& error) {
    CHECK_THAT(error.what(), Catch::Contains("--format ttl,graphml,nq"));
  }
}

TEST_CASE("a store that does not answer in time stops the push with a word about --timeout", "[push]") {
  Fixture f("timeout");
  f.options.retry.retries = 1;
  FakeStore store;
  HttpResult slow;
  slow.error = "Operation timed out after 60001 milliseconds with 0 bytes received";
  slow.transient_error = true;
  slow.timed_out = true;
  store.script = {slow, slow};
  const PushSummary s = f.push(store);
  CHECK(s.stopped);
  CHECK(store.puts.size() == 2);
  CHECK_THAT(s.stop_reason, Catch::Contains("http://store.test/gsp did not answer (no HTTP status): Operation timed out"));
  CHECK_THAT(s.stop_reason, Catch::Contains("--timeout"));
}

TEST_CASE("what came from the server is printed without control characters", "[push]") {
  CHECK(printable("plain text, été\tand\nlines") == "plain text, été\tand\nlines");
  CHECK(printable("\x1b[31mred\x1b[0m") == "\\x1b[31mred\\x1b[0m");
  CHECK(printable("bell\a del\x7f nul" + std::string(1, '\0')) == "bell\\x07 del\\x7f nul\\x00");
  CHECK(printable("csi \xc2\x9b" "2J, nbsp \xc2\xa0") == "csi \\u009b2J, nbsp \xc2\xa0");
  CHECK(printable("bare \x9b byte, cut \xe2\x82") == "bare \\x9b byte, cut \\xe2\\x82");

  Fixture f("escapes");
  FakeStore store;
  HttpResult bad = status(400);
  bad.body = "\x1b]0;owned\x07\x1b[2J<b>bad</b> \xc2\x9b" "31m";
  store.always[percent_encode(kA)] = bad;
  f.push(store);
  const std::string log = f.log.str();
  CHECK(log.find('\x1b') == std::string::npos);
  CHECK(log.find("\xc2\x9b") == std::string::npos);
  CHECK_THAT(log, Catch::Contains("HTTP 400 Bad Request: \\x1b]0;owned\\x07\\x1b[2Jbad \\u009b31m"));
}

TEST_CASE("a store asking for Basic over http is told why no password was sent", "[push]") {
  Fixture f("basic-over-http");
  FakeStore store;
  HttpResult challenge = status(401);
  challenge.basic_over_http_refused = true;
  store.script = {challenge};
  const PushSummary s = f.push(store);
  CHECK(s.stopped);
  CHECK_THAT(s.stop_reason, Catch::Contains("asks for Basic authentication, which over http would send the password in "
                                            "cleartext: not sent"));
  CHECK_THAT(s.stop_reason, Catch::Contains("--auth basic"));
}

TEST_CASE("a graph with an IRI longer than the store keeps is refused before pushing", "[push]") {
  CHECK(store_iri_limit("any") == 1879u);
  CHECK(store_iri_limit("virtuoso") == 1879u);
  CHECK(store_iri_limit("fuseki") == 0u);
  CHECK_FALSE(store_iri_limit("mysql"));

  const std::string long_id = "https://w3id.org/dealgraph/id/org/" + std::string(1879 - 34 + 1, 'x');
  REQUIRE(long_id.size() == 1880);
  const std::string fits = long_id.substr(0, 1879);
  const std::string triple = "<" + kB + "> <https://w3id.org/dealgraph#mentions> <" + long_id + "> .\n";
  CHECK(long_iri_problem(kB, triple, 1879, "any", "here").find("the object of its statement 1 is an IRI of 1,880 bytes") !=
        std::string::npos);
  CHECK(long_iri_problem(kB, "<" + kB + "> <p:x> <" + fits + "> .\n", 1879, "any", "here").empty());
  CHECK(long_iri_problem(kB, triple, 0, "other", "here").empty());
  const std::string typed = "<" + kB + "> <p:x> \"1\"^^<" + long_id + "> .\n";
  CHECK_THAT(long_iri_problem(kB, typed, 1879, "any", "here"), Catch::Contains("the datatype of the object"));
  CHECK_THAT(long_iri_problem(long_id, "", 1879, "virtuoso", "graph.nq's graph X"),
             Catch::Contains("its name in the store is an IRI of 1,880 bytes") &&
                 Catch::Contains("a store of kind virtuoso") && Catch::Contains("It comes from graph.nq's graph X"));

  // An article whose id is 5,000 characters long: its graph is not sent nor recorded, the other is.
  const std::string long_article = "https://w3id.org/dealgraph/id/article/" + std::string(5000, 'a');
  Fixture f("long-iri", "<" + long_article + "> <http://purl.org/dc/terms/title> \"L\" <" + long_article + "> .\n" +
                            "<" + kA + "> <http://purl.org/dc/terms/title> \"A\" <" + kA + "> .\n");
  FakeStore store;
  PushSummary s = f.push(store);
  CHECK_FALSE(s.ok());
  CHECK(s.failed == 1);
  CHECK(s.pushed == 1);
  CHECK(s.failed_graphs == std::vector<std::string>{long_article});
  REQUIRE(store.puts.size() == 1);
  CHECK_THAT(store.puts[0].first, Catch::Contains(percent_encode(kA)));
  CHECK_THAT(f.log.str(), Catch::Contains("not pushed: its name in the store is an IRI of 5,038 bytes"));
  CHECK(f.log.str().size() < 1000);  // the long IRI is not printed whole
  CHECK_FALSE(PushState::load((f.dir / PushState::kFileName).string()).hash(f.options.endpoint, long_article));
  s = f.push(store);  // and again next time
  CHECK(s.failed == 1);
  CHECK(s.unchanged == 1);

  f.options.store = "fuseki";
  s = f.push(store);
  CHECK(s.ok());
  CHECK(s.pushed == 1);
}

TEST_CASE("push sends only the graph.nq that the folder's manifest names, byte for byte", "[push]") {
  Fixture f("manifest");
  FakeStore store;
  const std::string nq = slurp(f.dir / "graph.nq");
  auto manifest_naming = [&](const std::string& name, const std::string& bytes) {
    return std::string("{\"dealgraph\": \"0.1.0\", \"files\": [{\"name\": \"graph.ttl\", \"format\": \"ttl\", "
                       "\"bytes\": 0, \"sha256\": \"\"}, {\"name\": \"") +
           name + "\", \"format\": \"nq\", \"bytes\": " + std::to_string(bytes.size()) + ", \"sha256\": \"" +
           util::sha256_hex(bytes) + "\"}]}";
  };
  // The last build did not write graph.nq: the one in the folder is an earlier run's.
  write(f.dir / "manifest.json", manifest_naming("graph.jsonld", nq));
  CHECK_THROWS_WITH(f.push(store), Catch::Contains("graph.nq is left from an earlier run"));
  // It did, but the file changed since.
  write(f.dir / "manifest.json", manifest_naming("graph.nq", nq + " "));
  CHECK_THROWS_WITH(f.push(store), Catch::Contains("is not the file the last build wrote"));
  write(f.dir / "manifest.json", "[1, 2]");
  CHECK_THROWS_WITH(f.push(store), Catch::Contains("not a dealgraph manifest"));
  CHECK(store.puts.empty());
  // The very file: pushed.
  write(f.dir / "manifest.json", manifest_naming("graph.nq", nq));
  CHECK(f.push(store).pushed == 2);
}
