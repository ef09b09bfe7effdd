// The push: every graph of graph.nq and the ontology's, each replaced whole with an HTTP PUT,
// skipping those whose content is what was last pushed, retrying transient failures, and
// stopping with a clear reason when the store refuses or cannot be reached.
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <ostream>
#include <string>
#include <thread>
#include <vector>

#include "dealgraph/ontology.hpp"
#include "dealgraph/push.hpp"
#include "util/sha256.hpp"

namespace dealgraph {

bool RetryPolicy::transient_status(long status) {
  return (status >= 500 && status <= 599 && status != 501 && status != 505) || status == 408 || status == 429;
}

bool RetryPolicy::transient(const HttpResult& result) {
  return result.status == 0 ? result.transient_error : transient_status(result.status);
}

std::chrono::milliseconds RetryPolicy::delay(unsigned attempt, std::optional<long> retry_after_seconds) const {
  if (retry_after_seconds && *retry_after_seconds >= 0)
    return std::min(max_delay, std::chrono::milliseconds(*retry_after_seconds * 1000));
  std::chrono::milliseconds wait = first_delay;
  for (unsigned i = 1; i < attempt && wait < max_delay; ++i) wait *= 2;
  return std::min(wait, max_delay);
}

std::string printable(std::string_view text) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(text.size());
  const auto escape = [&](const char* prefix, unsigned char c) {
    out += prefix;
    out += kHex[c >> 4];
    out += kHex[c & 15];
  };
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7f)
        escape("\\x", c);
      else
        out += static_cast<char>(c);
      ++i;
      continue;
    }
    // A UTF-8 sequence: its length by the lead byte, each continuation byte checked.
    const std::size_t length = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
    bool valid = length > 0 && i + length <= text.size();
    for (std::size_t k = 1; valid && k < length; ++k) valid = (static_cast<unsigned char>(text[i + k]) & 0xc0) == 0x80;
    if (!valid) {
      escape("\\x", c);
      ++i;
    } else if (c == 0xc2 && static_cast<unsigned char>(text[i + 1]) < 0xa0) {  // U+0080..U+009F: C1 controls
      escape("\\u00", static_cast<unsigned char>(text[i + 1]));
      i += 2;
    } else {
      out.append(text.substr(i, length));
      i += length;
    }
  }
  return out;
}

std::string summary_line(const PushSummary& summary, const std::string& endpoint) {
  std::string line = std::to_string(summary.graphs) + (summary.graphs == 1 ? " graph" : " graphs") + " to " + endpoint +
                     ": pushed " + std::to_string(summary.pushed) + ", unchanged " + std::to_string(summary.unchanged) +
                     ", failed " + std::to_string(summary.failed);
  if (summary.not_tried) line += ", not tried " + std::to_string(summary.not_tried);
  return line;
}

namespace {

struct Job {
  std::string store_name;
  const NQuadsGraphs::Graph* graph = nullptr;  // null: the ontology
  std::size_t statements = 0;
};

// The start of a response body, on one line and printable, for messages.
std::string snippet(const std::string& body) {
  std::string out;
  bool in_tag = false, space = false;
  for (const char c : printable(body)) {
    if (c == '<') in_tag = true;
    if (!in_tag) {
      const bool is_space = c == ' ' || c == '\n' || c == '\r' || c == '\t';
      if (is_space) {
        space = !out.empty();
      } else {
        if (space) out += ' ';
        space = false;
        out += c;
      }
    }
    if (c == '>') in_tag = false;
    if (out.size() >= 240) {
      out += "...";
      break;
    }
  }
  return out;
}

// What to do about a TLS failure.
std::string tls_hint(const std::string& error) {
  if (error.find("certificate") == std::string::npos && error.find("SSL") == std::string::npos) return {};
  return " (to trust a private certificate authority, give its certificate with --cacert FILE)";
}

std::string status_text(long status) {
  const char* reason = http_reason(status);
  return "HTTP " + std::to_string(status) + (*reason ? std::string(" ") + reason : std::string());
}

class Progress {
 public:
  Progress(bool enabled, std::ostream& out, std::size_t total) : enabled_(enabled && total > 0), out_(out), total_(total) {}
  void update(const PushSummary& s, bool final = false) {
    if (!enabled_) return;
    const auto now = std::chrono::steady_clock::now();
    if (!final && now - last_ < std::chrono::milliseconds(200)) return;
    last_ = now;
    char line[200];
    std::snprintf(line, sizeof line, "\r[push] %zu/%zu graphs  pushed %zu, unchanged %zu, failed %zu  %.1f MB sent ",
                  s.pushed + s.unchanged + s.failed, total_, s.pushed, s.unchanged, s.failed,
                  static_cast<double>(s.bytes_pushed) / 1e6);
    out_ << line << (final ? "\n" : "") << std::flush;
    drawn_ = !final;
  }
  // Before a message: end the progress line so that the message starts on a line of its own.
  void break_line() {
    if (drawn_) out_ << "\n";
    drawn_ = false;
  }

 private:
  bool enabled_;
  std::ostream& out_;
  std::size_t total_;
  std::chrono::steady_clock::time_point last_{};
  bool drawn_ = false;
};

// When the folder has the manifest of the run that wrote it (manifest.json), graph.nq must be
// one of that run's files, byte for byte: a graph.nq left by an earlier run with other formats,
// or changed since, is not pushed. A folder from before manifests is taken as it is.
void check_manifest(const std::filesystem::path& dir, const std::string& nq_path) {
  const std::string manifest_path = (dir / "manifest.json").string();
  std::ifstream in(manifest_path);
  if (!in) return;
  const nlohmann::json manifest = nlohmann::json::parse(in, nullptr, false);
  if (!manifest.is_object() || !manifest.contains("files") || !manifest["files"].is_array())
    throw PushError(manifest_path + ": not a dealgraph manifest (no \"files\" list); build again");
  for (const nlohmann::json& file : manifest["files"]) {
    if (!file.is_object() || file.value("name", std::string()) != "graph.nq") continue;
    std::uint64_t size = 0;
    const std::optional<std::string> sha256 = util::sha256_file_hex(nq_path, size);
    if (!sha256) throw PushError(nq_path + ": cannot be read");
    if (file.value("sha256", std::string()) != *sha256 || file.value("bytes", std::uint64_t(0)) != size)
      throw PushError(nq_path + " is not the file the last build wrote (its size or SHA-256 differs from " +
                      manifest_path + "); build again");
    return;
  }
  throw PushError(nq_path + " is left from an earlier run: the last build (" + manifest_path +
                  ") did not write it; build again with nq among the formats, e.g. dealgraph build INPUT -o " +
                  dir.string() + " --format ttl,graphml,nq");
}

// Where the graphs to push are: graph.nq in the build folder. Throws PushError, with what to do,
// when the endpoint is unusable, the build wrote no graph.nq or its manifest does not name it.
std::string graph_nq_path(const PushOptions& options) {
  if (const std::string problem = endpoint_problem(options.endpoint); !problem.empty())
    throw PushError(options.endpoint + ": " + problem);
  const std::filesystem::path dir(options.dir);
  const std::string nq_path = (dir / "graph.nq").string();
  std::error_code ec;
  if (!std::filesystem::is_regular_file(nq_path, ec)) {
    const bool has_build = std::filesystem::exists(dir / "graph.ttl", ec) || std::filesystem::exists(dir / "report.json", ec);
    throw PushError(nq_path + " not found: push sends the per-article named graphs of graph.nq; " +
                    (has_build ? "build again with nq among the formats, e.g. "
                               : "build first, with nq among the formats, e.g. ") +
                    "dealgraph build INPUT -o " + options.dir + " --format ttl,graphml,nq");
  }
  check_manifest(dir, nq_path);
  return nq_path;
}

// The graphs to push, in order: the ontology's (when given), then graph.nq's, each under its
// name in the store.
std::vector<Job> push_jobs(const NQuadsGraphs& index, const PushOptions& options) {
  std::string base;
  for (const auto& graph : index.graphs())
    if (!(base = article_base(graph.name)).empty()) break;
  if (base.empty()) base = kDefaultBase;
  const std::string& prefix = options.graph_prefix;

  std::vector<Job> jobs;
  if (!options.ontology_file.empty()) jobs.push_back({(prefix.empty() ? base : prefix) + "graph/ontology", nullptr, 0});
  for (const auto& graph : index.graphs()) jobs.push_back({store_graph_name(graph.name, prefix, base), &graph, graph.statements});
  return jobs;
}

bool succeeded(const HttpResult& result) { return result.status >= 200 && result.status < 300; }

// Why the push stops at a failed graph, or empty when it goes on to the next: the store cannot
// be reached, refuses the account, or does not take a Graph Store PUT. `said`: the start of
// the store's answer; `tries`: how many attempts were made.
std::string stop_reason(const std::string& endpoint, const HttpResult& result, const std::string& said,
                        const std::string& tries) {
  const long s = result.status;
  if (s == 0) {
    if (result.timed_out)
      return endpoint + " did not answer (no HTTP status): " + result.error + " (" + tries +
             "; --timeout sets the seconds allowed for one graph)";
    if (result.transient_error)
      return endpoint + " cannot be reached (no HTTP status): " + result.error + " (" + tries + ")";
    return "the request to " + endpoint + " failed (no HTTP status): " + result.error + tls_hint(result.error);
  }
  if (result.basic_over_http_refused)
    return endpoint + " asks for Basic authentication, which over http would send the password in cleartext: "
           "not sent (use the store's https endpoint, or its digest authentication; --auth basic sends the "
           "password anyway)";
  if (s == 401 || s == 403 || s == 407)
    return endpoint + " refused the push: " + status_text(s) + said +
           " (check --user and the password in DEALGRAPH_PASSWORD or your netrc file; the "
           "account needs the right to update graphs)";
  if (s == 404 || s == 405 || s == 501 || s == 505)
    return endpoint + " does not take a Graph Store PUT: " + status_text(s) + said +
           " (is it the store's Graph Store Protocol endpoint? see docs/push.md)";
  return {};
}

// One push: the graphs sent one by one, the push state kept in step with what the store holds,
// and the summary and progress of what was done.
class Pusher {
 public:
  Pusher(const PushOptions& options, HttpClient& client, std::ostream& log, std::size_t graphs)
      : options_(options), client_(client), log_(log),
        state_path_((std::filesystem::path(options.dir) / PushState::kFileName).string()),
        state_(PushState::load(state_path_, &summary_.state_warning)),
        sleep_(options.sleep ? options.sleep : [](std::chrono::milliseconds ms) { std::this_thread::sleep_for(ms); }),
        progress_(options.progress == PushOptions::Progress::Always ||
                      (options.progress == PushOptions::Progress::Auto && ::isatty(2)),
                  log, graphs) {
    summary_.graphs = graphs;
    if (!summary_.state_warning.empty()) log_ << "dealgraph push: warning: " << summary_.state_warning << "\n";
  }

  // Each job in turn, until the last or until the push stops.
  void push_all(const std::vector<Job>& jobs, const NQuadsGraphs& index) {
    for (std::size_t i = 0; i < jobs.size(); ++i) {
      if (!push(jobs[i], index)) {
        summary_.not_tried = jobs.size() - i - 1;
        break;
      }
    }
  }

  PushSummary finish() && {
    save_state();
    progress_.update(summary_, true);
    return std::move(summary_);
  }

 private:
  // A message on a line of its own, also when the progress line is drawn.
  std::ostream& say() {
    progress_.break_line();
    return log_;
  }

  // One graph, unless the store already holds what it would receive; false when the push stops.
  bool push(const Job& job, const NQuadsGraphs& index) {
    const std::string body = job.graph ? index.ntriples(*job.graph) : turtle_file_to_ntriples(options_.ontology_file);
    const std::size_t statements =
        job.graph ? job.statements : static_cast<std::size_t>(std::count(body.begin(), body.end(), '\n'));
    // Not sent, not recorded as pushed: the store would keep a cut IRI and answer success.
    const std::string source =
        !job.graph ? options_.ontology_file
        : job.graph->name == job.store_name
            ? std::string(article_base(job.graph->name).empty() ? "graph.nq's graph name" : "the article's id")
                                            : "graph.nq's graph " + printable(abbreviated_name(job.graph->name));
    if (std::string problem = long_iri_problem(job.store_name, body, iri_limit_, options_.store, source);
        !problem.empty()) {
      ++summary_.failed;
      ++summary_.refused;
      summary_.failed_graphs.push_back(job.store_name);
      say() << "dealgraph push: " << abbreviated_name(job.store_name) << " not pushed: " << problem << "\n";
      progress_.update(summary_);
      return true;
    }
    const std::string hash = util::sha256_hex(body);
    if (!options_.force && state_.hash(options_.endpoint, job.store_name) == hash) {
      ++summary_.unchanged;
      if (options_.verbose) say() << "unchanged " << job.store_name << "\n";
      progress_.update(summary_);
      return true;
    }
    if (options_.dry_run) {
      count_pushed(statements, body.size());
      say() << "would push " << job.store_name << " (" << statements << " statements)\n";
      return true;
    }

    // Whatever happens now, the store may no longer hold what the state says.
    if (state_.hash(options_.endpoint, job.store_name)) {
      state_.erase(options_.endpoint, job.store_name);
      state_dirty_ = true;
    }
    unsigned attempts = 0;
    const HttpResult result = put_with_retries(job, body, attempts);
    if (succeeded(result)) {
      failing_in_a_row_ = 0;
      state_.set(options_.endpoint, job.store_name, hash);
      state_dirty_ = true;
      count_pushed(statements, body.size());
      if (options_.verbose)
        say() << "pushed " << job.store_name << " (" << statements << " statements, " << status_text(result.status) << ")\n";
    } else {
      record_failure(job, result, attempts);
      if (summary_.stopped) return false;
    }
    if (std::chrono::steady_clock::now() - last_save_ >= options_.state_save_interval) save_state();
    progress_.update(summary_);
    return true;
  }

  // A PUT of the graph, retried after transient failures with the policy's waits.
  HttpResult put_with_retries(const Job& job, const std::string& body, unsigned& attempts) {
    const std::string url = graph_store_url(options_.endpoint, job.store_name);
    HttpResult result;
    for (;;) {
      ++attempts;
      result = client_.put(url, "text/turtle", body);
      if (succeeded(result)) break;
      if (!RetryPolicy::transient(result) || attempts > options_.retry.retries) break;
      const auto wait = options_.retry.delay(attempts, result.retry_after_seconds);
      if (options_.verbose)
        say() << "retrying " << job.store_name << " in " << wait.count() << " ms after "
              << (result.status ? status_text(result.status) : result.error) << "\n";
      sleep_(wait);
    }
    return result;
  }

  void count_pushed(std::size_t statements, std::size_t bytes) {
    ++summary_.pushed;
    summary_.statements_pushed += statements;
    summary_.bytes_pushed += bytes;
  }

  // A graph the store did not take: the push stops, or reports it and goes on unless too many
  // graphs in a row fail alike.
  void record_failure(const Job& job, const HttpResult& result, unsigned attempts) {
    ++summary_.failed;
    summary_.failed_graphs.push_back(job.store_name);
    const std::string tries = attempts == 1 ? "1 attempt" : std::to_string(attempts) + " attempts";
    const std::string said = result.body.empty() ? std::string() : ": " + snippet(result.body);
    if (std::string reason = stop_reason(options_.endpoint, result, said, tries); !reason.empty()) {
      summary_.stopped = true;
      summary_.stop_reason = std::move(reason);
      return;
    }
    const long s = result.status;
    say() << "dealgraph push: " << job.store_name << " failed at "
          << options_.endpoint << ": " << status_text(s) << said << " (" << tries << ")\n";
    failing_in_a_row_ = RetryPolicy::transient_status(s) ? failing_in_a_row_ + 1 : 0;
    if (failing_in_a_row_ >= std::max(1u, options_.max_consecutive_failures)) {
      summary_.stopped = true;
      summary_.stop_reason = options_.endpoint + " keeps failing: " + status_text(s) + " for " +
                             std::to_string(failing_in_a_row_) + " graphs in a row";
    }
  }

  void save_state() {
    if (options_.dry_run || !state_dirty_) return;
    try {
      state_.save(state_path_);
      state_dirty_ = false;
    } catch (const std::exception& error) {
      if (summary_.state_warning.empty()) {
        summary_.state_warning = std::string(error.what()) + "; the next push sends every graph again";
        progress_.break_line();
        log_ << "dealgraph push: warning: cannot write the push state: " << summary_.state_warning << "\n";
      }
    }
    last_save_ = std::chrono::steady_clock::now();
  }

  // A graph's name for a message: whole unless it is very long.
  static std::string abbreviated_name(const std::string& name) {
    return name.size() <= 200 ? name : name.substr(0, 120) + "... (" + std::to_string(name.size()) + " bytes)";
  }

  const PushOptions& options_;
  HttpClient& client_;
  std::ostream& log_;
  PushSummary summary_;
  const std::string state_path_;
  PushState state_;
  const std::function<void(std::chrono::milliseconds)> sleep_;
  Progress progress_;
  std::chrono::steady_clock::time_point last_save_ = std::chrono::steady_clock::now();
  bool state_dirty_ = false;
  unsigned failing_in_a_row_ = 0;
  std::size_t iri_limit_ = store_iri_limit(options_.store).value_or(0);
};

}  // namespace

PushSummary run_push(const PushOptions& options, HttpClient& client, std::ostream& log) {
  const auto started = std::chrono::steady_clock::now();
  if (!store_iri_limit(options.store)) throw PushError("--store " + options.store + ": not a kind of store known");
  const NQuadsGraphs index(graph_nq_path(options));
  const std::vector<Job> jobs = push_jobs(index, options);
  Pusher pusher(options, client, log, jobs.size());
  pusher.push_all(jobs, index);
  PushSummary summary = std::move(pusher).finish();
  summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return summary;
}

}  // namespace dealgraph
