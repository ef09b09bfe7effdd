// Push: a build's named graphs into a live triple store over the SPARQL 1.1 Graph Store HTTP
// Protocol. Every graph of graph.nq (one per article, one per entity, deal and position, each
// statement in one graph only) and one for the ontology is replaced
// whole with an HTTP PUT to ENDPOINT?graph=IRI, so pushing the same build twice changes nothing
// in the store and a re-built article replaces its old facts. DIR/push-state.json remembers,
// per endpoint, the SHA-256 of the N-Triples last pushed into each graph; a graph whose content
// has not changed since is not sent again ("unchanged"). See docs/push.md.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <iosfwd>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dealgraph/error.hpp"

namespace dealgraph {

// The push cannot start or go on for a reason of its own (no graph.nq, a malformed line, an
// ontology that does not parse); what() says which file and why.
class PushError : public Error {
 public:
  using Error::Error;
};

// ---- graph.nq, read as a set of graphs -------------------------------------------------------

// The raw terms of one N-Quads statement, as written (IRIs with their <>, literals with their
// quotes, tag or datatype). `graph` is empty for the default graph.
struct QuadTerms {
  std::string_view subject, predicate, object, graph;
};

// Splits one line of N-Quads. Returns nullopt for a blank or comment line; throws
// std::invalid_argument saying what is wrong with a malformed one.
std::optional<QuadTerms> split_nquads_line(std::string_view line);

// The IRI of an IRIREF term (`<...>`, with \u and \U escapes decoded).
std::string iri_of(std::string_view iriref);

// Renames blank nodes to _:b0, _:b1, ... in order of first appearance, so that a graph's
// N-Triples depend on its own statements only and not on the labels of the whole file.
class BlankRelabeler {
 public:
  std::string_view operator()(std::string_view term);

 private:
  std::map<std::string, std::string, std::less<>> labels_;
};

// Appends the statements of `lines` (N-Quads or N-Triples, one a line) to `out` as N-Triples
// lines, blank nodes renamed by `relabel`; throws std::invalid_argument on a malformed line.
void append_as_ntriples(std::string_view lines, BlankRelabeler& relabel, std::string& out);

// An index of the graphs in an N-Quads file, read in one pass; a graph's statements are read
// again from the file when asked for, so memory holds only where each graph's lines are.
class NQuadsGraphs {
 public:
  struct Graph {
    std::string name;  // the graph IRI in the file; empty for the default graph
    std::size_t statements = 0;
    std::vector<std::pair<std::uint64_t, std::uint64_t>> runs;  // byte ranges of its lines
  };

  // Throws PushError naming the file and line of the first malformed statement.
  explicit NQuadsGraphs(std::string path);
  const std::vector<Graph>& graphs() const { return graphs_; }  // in order of first appearance
  // The graph's statements as N-Triples, in file order, blank nodes relabelled per graph.
  std::string ntriples(const Graph& graph) const;

 private:
  std::string path_;
  std::vector<Graph> graphs_;
};

// Turtle to N-Triples (through Serd), for the ontology's graph; blank nodes relabelled as above.
std::string turtle_file_to_ntriples(const std::string& path);

// ---- graph names and URLs --------------------------------------------------------------------

// The base of a dealgraph article IRI ("https://w3id.org/dealgraph/id/" for
// "https://w3id.org/dealgraph/id/article/x"), or "" when the IRI is not one.
std::string article_base(std::string_view graph_iri);

// The name in the store of a graph of graph.nq. Without a prefix it is the same IRI; with
// --graph-prefix P, an article graph {base}article/{id} becomes P + "article/{id}", a node's own
// graph {base}{path} (outside {base}graph/) P + "{path}", and any other graph P + "graph/" + the
// percent-encoded IRI. The default graph (empty name) becomes
// {P or base}graph/unattributed.
std::string store_graph_name(std::string_view nq_graph, std::string_view prefix, std::string_view base);

// --graph-prefix as given, checked (an absolute IRI) and ending in '/' or '#' (a '/' is added
// otherwise). Returns "" and sets `problem` when it is not usable.
std::string normalise_graph_prefix(std::string_view prefix, std::string& problem);

// RFC 3986 percent-encoding of everything but unreserved characters.
std::string percent_encode(std::string_view text);

// ENDPOINT?graph=IRI (or ...&graph=IRI when the endpoint already has a query).
std::string graph_store_url(std::string_view endpoint, std::string_view graph_iri);

// Why an endpoint URL cannot be used (not http or https, no host, a password in it, a
// fragment), or "" when it can.
std::string endpoint_problem(std::string_view endpoint);

// A note when the endpoint looks like a SPARQL query or update endpoint rather than a Graph
// Store one (its path ends in /sparql, /query or /update), or "".
std::string endpoint_note(std::string_view endpoint);

// ---- what a store can hold --------------------------------------------------------------------

// The longest IRI, in bytes of UTF-8, a kind of store (--store) keeps whole, or 0 when no limit
// is known. Virtuoso cuts IRIs after 1,879 bytes without a word; "any", the default for a store
// push knows nothing of, takes the smallest limit known. nullopt: not a kind of store known.
std::optional<std::size_t> store_iri_limit(std::string_view store_kind);
// The kinds store_iri_limit knows ("any", "virtuoso", "fuseki", "oxigraph", "graphdb", "other").
const std::vector<std::string>& store_kinds();

// Why a graph cannot go to a store whose IRIs hold at most `limit` bytes (0: no limit): its
// name in the store or an IRI of its N-Triples (subject, predicate, object, datatype) is longer,
// with where it comes from (`source`); "" when every IRI fits.
std::string long_iri_problem(std::string_view store_name, std::string_view ntriples, std::size_t limit,
                             std::string_view store_kind, std::string_view source);

// ---- the state file --------------------------------------------------------------------------

// DIR/push-state.json: per endpoint, graph IRI -> SHA-256 (hex) of the N-Triples last pushed
// into it with success. Missing or unreadable, it is empty (everything is pushed again).
class PushState {
 public:
  static constexpr const char* kFileName = "push-state.json";

  // Reads the file; a missing file gives an empty state. A file that does not read as a state
  // gives an empty state too, and `warning` says why.
  static PushState load(const std::string& path, std::string* warning = nullptr);
  void save(const std::string& path) const;  // atomically (temporary file, fsync, rename)

  std::optional<std::string> hash(const std::string& endpoint, const std::string& graph) const;
  void set(const std::string& endpoint, const std::string& graph, const std::string& hash);
  void erase(const std::string& endpoint, const std::string& graph);
  std::size_t size(const std::string& endpoint) const;

 private:
  std::map<std::string, std::map<std::string, std::string>> endpoints_;
};

// ---- HTTP ------------------------------------------------------------------------------------

struct HttpResult {
  long status = 0;            // the HTTP status of the final response; 0 when none arrived
  std::string error;          // the transport error when no response arrived (libcurl's words)
  bool transient_error = false;  // that error is worth retrying (refused, reset, timed out)
  bool timed_out = false;        // no answer within the time allowed
  std::string body;           // the start of the response body, for messages
  std::optional<long> retry_after_seconds;  // Retry-After, when given in seconds
  // The store asked for Basic authentication only, over http, and the client did not answer it
  // (that would send the password in cleartext; see HttpSettings::auth).
  bool basic_over_http_refused = false;
};

class HttpClient {
 public:
  virtual ~HttpClient() = default;
  virtual HttpResult put(const std::string& url, const std::string& content_type, const std::string& body) = 0;
};

struct HttpSettings {
  std::string user;                     // --user; empty: from the netrc file, or no authentication
  std::optional<std::string> password;  // from DEALGRAPH_PASSWORD; never from the command line
  std::string netrc_file;               // empty: ~/.netrc
  // Any: over https, basic or digest as the server asks; over http digest only, so that a
  // password never goes in cleartext unless Basic is asked for by name.
  enum class Auth { Any, Basic, Digest } auth = Auth::Any;
  std::string ca_file;                  // --cacert
  bool insecure = false;                // --insecure: no TLS certificate check
  long connect_timeout_seconds = 10;
  long timeout_seconds = 60;            // per request
};

// libcurl: TLS, basic and digest authentication, a netrc file, keep-alive between requests.
// Redirects are followed within the endpoint's origin (scheme, host and port) only; one to
// another origin (another port, https to http) is not followed and comes back as an error.
// The error text is made printable (see printable); push prints the body only through it too.
std::unique_ptr<HttpClient> make_curl_client(const HttpSettings& settings);

// Text that came from a server, safe to print on a terminal: C0 controls but tab and newline,
// DEL and C1 controls are written as \xNN (C1 as \u00NN), and bytes that are not UTF-8 as
// \xNN, so that no escape sequence reaches the terminal.
std::string printable(std::string_view text);

// The reason phrase of an HTTP status ("Unauthorized" for 401), or "" when unknown.
const char* http_reason(long status);

// ---- retries ---------------------------------------------------------------------------------

struct RetryPolicy {
  unsigned retries = 4;                                // attempts after the first
  std::chrono::milliseconds first_delay{500};          // doubled after each attempt
  std::chrono::milliseconds max_delay{30000};

  // 5xx but 501 and 505, 408 Request Timeout and 429 Too Many Requests.
  static bool transient_status(long status);
  // Whether a result is worth another attempt.
  static bool transient(const HttpResult& result);
  // The wait before attempt `attempt` + 1 (attempt counts from 1): first_delay * 2^(attempt-1),
  // or Retry-After when the server gave one, never more than max_delay.
  std::chrono::milliseconds delay(unsigned attempt, std::optional<long> retry_after_seconds = std::nullopt) const;
};

// ---- the push --------------------------------------------------------------------------------

struct PushOptions {
  std::string dir = "out";
  std::string endpoint;
  std::string graph_prefix;   // normalised (see normalise_graph_prefix); empty: graph.nq's names
  std::string ontology_file;  // dealgraph.ttl, pushed as a graph of its own; empty: none
  std::string store = "any";  // the kind of store, for the longest IRI it holds (store_iri_limit)
  bool force = false;         // push graphs whose content is unchanged too
  bool dry_run = false;       // say what would be pushed, contact nothing, change no state
  bool verbose = false;       // a line per graph
  enum class Progress { Auto, Always, Never } progress = Progress::Auto;  // Auto: on a terminal
  RetryPolicy retry;
  unsigned max_consecutive_failures = 3;  // graphs failing in a row with server errors: stop
  std::chrono::milliseconds state_save_interval{1000};
  std::function<void(std::chrono::milliseconds)> sleep;  // default: std::this_thread::sleep_for
};

struct PushSummary {
  std::size_t graphs = 0;
  std::size_t pushed = 0;
  std::size_t unchanged = 0;
  std::size_t failed = 0;
  std::size_t not_tried = 0;       // left when the push stopped early
  std::size_t refused = 0;         // of the failed, those not sent: an IRI the store would cut
  std::size_t statements_pushed = 0;
  std::uint64_t bytes_pushed = 0;
  double seconds = 0;
  bool stopped = false;            // the store refused or could not be reached: the push stopped
  std::string stop_reason;         // names the endpoint and the HTTP status or transport error
  std::vector<std::string> failed_graphs;
  std::string state_warning;       // the state file could not be read or written
  bool ok() const { return !stopped && failed == 0; }
};

// Pushes DIR/graph.nq and the ontology into the store behind `client`. Per-graph failures and
// progress go to `log`; the summary comes back. Throws PushError when DIR/graph.nq is missing
// (build with --format nq) or malformed, or the ontology does not read.
PushSummary run_push(const PushOptions& options, HttpClient& client, std::ostream& log);

// The one-line summary: "N graphs to ENDPOINT: pushed P, unchanged U, failed F[, not tried T]".
std::string summary_line(const PushSummary& summary, const std::string& endpoint);

}  // namespace dealgraph
