// The push: every graph of graph.nq and the ontology's, each replaced whole with an HTTP PUT,
// skipping those whose content is what was last pushed, retrying transient failures, and
// stopping with a clear reason when the store refuses or cannot be reached.
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <ostream>
#include <thread>

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

// The start of a response body, on one line, for messages.
std::string snippet(const std::string& body) {
  std::string out;
  bool in_tag = false, space = false;
  for (const char c : body) {
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

}  // namespace

PushSummary run_push(const PushOptions& options, HttpClient& client, std::ostream& log) {
  const auto started = std::chrono::steady_clock::now();
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
  const NQuadsGraphs index(nq_path);

  std::string base;
  for (const auto& graph : index.graphs())
    if (!(base = article_base(graph.name)).empty()) break;
  if (base.empty()) base = kDefaultBase;
  const std::string& prefix = options.graph_prefix;

  std::vector<Job> jobs;
  if (!options.ontology_file.empty()) jobs.push_back({(prefix.empty() ? base : prefix) + "graph/ontology", nullptr, 0});
  for (const auto& graph : index.graphs()) jobs.push_back({store_graph_name(graph.name, prefix, base), &graph, graph.statements});

  PushSummary summary;
  summary.graphs = jobs.size();
  const std::string state_path = (dir / PushState::kFileName).string();
  PushState state = PushState::load(state_path, &summary.state_warning);
  if (!summary.state_warning.empty()) log << "dealgraph push: warning: " << summary.state_warning << "\n";

  auto sleep = options.sleep ? options.sleep : [](std::chrono::milliseconds ms) { std::this_thread::sleep_for(ms); };
  using P = PushOptions::Progress;
  Progress progress(options.progress == P::Always || (options.progress == P::Auto && ::isatty(2)), log, jobs.size());
  auto last_save = std::chrono::steady_clock::now();
  bool state_dirty = false;
  auto save_state = [&] {
    if (options.dry_run || !state_dirty) return;
    try {
      state.save(state_path);
      state_dirty = false;
    } catch (const std::exception& error) {
      if (summary.state_warning.empty()) {
        summary.state_warning = std::string(error.what()) + "; the next push sends every graph again";
        progress.break_line();
        log << "dealgraph push: warning: cannot write the push state: " << summary.state_warning << "\n";
      }
    }
    last_save = std::chrono::steady_clock::now();
  };

  // A message on a line of its own, also when the progress line is drawn.
  auto say = [&]() -> std::ostream& {
    progress.break_line();
    return log;
  };
  unsigned failing_in_a_row = 0;
  for (std::size_t i = 0; i < jobs.size(); ++i) {
    const Job& job = jobs[i];
    const std::string body = job.graph ? index.ntriples(*job.graph) : turtle_file_to_ntriples(options.ontology_file);
    const std::size_t statements =
        job.graph ? job.statements : static_cast<std::size_t>(std::count(body.begin(), body.end(), '\n'));
    const std::string hash = util::sha256_hex(body);
    if (!options.force && state.hash(options.endpoint, job.store_name) == hash) {
      ++summary.unchanged;
      if (options.verbose) say() << "unchanged " << job.store_name << "\n";
      progress.update(summary);
      continue;
    }
    if (options.dry_run) {
      ++summary.pushed;
      summary.statements_pushed += statements;
      summary.bytes_pushed += body.size();
      say() << "would push " << job.store_name << " (" << statements << " statements)\n";
      continue;
    }

    // Whatever happens now, the store may no longer hold what the state says.
    if (state.hash(options.endpoint, job.store_name)) {
      state.erase(options.endpoint, job.store_name);
      state_dirty = true;
    }
    const std::string url = graph_store_url(options.endpoint, job.store_name);
    HttpResult result;
    unsigned attempts = 0;
    for (;;) {
      ++attempts;
      result = client.put(url, "text/turtle", body);
      if (result.status >= 200 && result.status < 300) break;
      if (!RetryPolicy::transient(result) || attempts > options.retry.retries) break;
      const auto wait = options.retry.delay(attempts, result.retry_after_seconds);
      if (options.verbose)
        say() << "retrying " << job.store_name << " in " << wait.count() << " ms after "
            << (result.status ? status_text(result.status) : result.error) << "\n";
      sleep(wait);
    }
    const std::string tries = attempts == 1 ? "1 attempt" : std::to_string(attempts) + " attempts";

    if (result.status >= 200 && result.status < 300) {
      failing_in_a_row = 0;
      state.set(options.endpoint, job.store_name, hash);
      state_dirty = true;
      ++summary.pushed;
      summary.statements_pushed += statements;
      summary.bytes_pushed += body.size();
      if (options.verbose)
        say() << "pushed " << job.store_name << " (" << statements << " statements, " << status_text(result.status) << ")\n";
    } else {
      ++summary.failed;
      summary.failed_graphs.push_back(job.store_name);
      const std::string said = result.body.empty() ? std::string() : ": " + snippet(result.body);
      const long s = result.status;
      if (s == 0) {
        summary.stopped = true;
        if (result.timed_out)
          summary.stop_reason = options.endpoint + " did not answer (no HTTP status): " + result.error + " (" + tries +
                                "; --timeout sets the seconds allowed for one graph)";
        else if (result.transient_error)
          summary.stop_reason =
              options.endpoint + " cannot be reached (no HTTP status): " + result.error + " (" + tries + ")";
        else
          summary.stop_reason = "the request to " + options.endpoint + " failed (no HTTP status): " + result.error +
                                tls_hint(result.error);
      } else if (s == 401 || s == 403 || s == 407) {
        summary.stopped = true;
        summary.stop_reason = options.endpoint + " refused the push: " + status_text(s) + said +
                              " (check --user and the password in DEALGRAPH_PASSWORD or your netrc file; the "
                              "account needs the right to update graphs)";
      } else if (s == 404 || s == 405 || s == 501 || s == 505) {
        summary.stopped = true;
        summary.stop_reason = options.endpoint + " does not take a Graph Store PUT: " + status_text(s) + said +
                              " (is it the store's Graph Store Protocol endpoint? see docs/push.md)";
      } else {
        say() << "dealgraph push: " << job.store_name << " failed at "
            << options.endpoint << ": " << status_text(s) << said << " (" << tries << ")\n";
        failing_in_a_row = RetryPolicy::transient_status(s) ? failing_in_a_row + 1 : 0;
        if (failing_in_a_row >= std::max(1u, options.max_consecutive_failures)) {
          summary.stopped = true;
          summary.stop_reason = options.endpoint + " keeps failing: " + status_text(s) + " for " +
                                std::to_string(failing_in_a_row) + " graphs in a row";
        }
      }
      if (summary.stopped) {
        summary.not_tried = jobs.size() - i - 1;
        break;
      }
    }
    if (std::chrono::steady_clock::now() - last_save >= options.state_save_interval) save_state();
    progress.update(summary);
  }
  save_state();
  progress.update(summary, true);
  summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return summary;
}

}  // namespace dealgraph
