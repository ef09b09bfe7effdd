// push: the command line of src/push/ (options, the password from the environment, messages).
#include "cli/push_command.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <iostream>

#include "cli/exit_codes.hpp"
#include "dealgraph/ontology.hpp"
#include "dealgraph/pipeline.hpp"
#include "dealgraph/push.hpp"

namespace dealgraph::cli {
namespace {

constexpr const char* kPasswordVariable = "DEALGRAPH_PASSWORD";

struct PushCommandOptions {
  PushOptions push;
  HttpSettings http;
  std::string auth = "any";
  bool no_ontology = false;
  bool quiet = false;
  bool force_progress = false;
  std::string password_given;  // only to refuse it
};

std::string format_bytes(std::uint64_t bytes) {
  char text[32];
  if (bytes >= 1000000)
    std::snprintf(text, sizeof text, "%.1f MB", static_cast<double>(bytes) / 1e6);
  else
    std::snprintf(text, sizeof text, "%.1f kB", static_cast<double>(bytes) / 1e3);
  return text;
}

std::string endpoint_check(const std::string& value) { return endpoint_problem(value); }

std::string prefix_check(const std::string& value) {
  std::string problem;
  normalise_graph_prefix(value, problem);
  return problem;
}

// Runs the push and prints what happened. Returns the exit code.
int run(PushCommandOptions& o, const std::string& ontology_dir) {
  if (!o.password_given.empty()) {
    std::cerr << "dealgraph push: a password is never taken on the command line (it would be seen in the process "
                 "list and the shell's history): set "
              << kPasswordVariable << " or put it in a netrc file (docs/push.md)\n";
    return kExitUsage;
  }
  if (const char* password = std::getenv(kPasswordVariable); password && *password) {
    if (o.http.user.empty())
      std::cerr << "dealgraph push: note: " << kPasswordVariable
                << " is set but --user is not; the password is not used (credentials come from the netrc file, if any)\n";
    else
      o.http.password = password;
  }
  o.http.auth = o.auth == "basic" ? HttpSettings::Auth::Basic
                : o.auth == "digest" ? HttpSettings::Auth::Digest
                                     : HttpSettings::Auth::Any;
  if (!o.push.graph_prefix.empty()) {
    std::string problem;
    o.push.graph_prefix = normalise_graph_prefix(o.push.graph_prefix, problem);
  }
  if (o.quiet) o.push.progress = PushOptions::Progress::Never;
  if (o.force_progress) o.push.progress = PushOptions::Progress::Always;
  if (!o.no_ontology) o.push.ontology_file = Ontology(ontology_dir).vocabulary();

  const std::string& endpoint = o.push.endpoint;
  if (const std::string note = endpoint_note(endpoint); !note.empty()) std::cerr << "dealgraph push: " << note << "\n";
  PushSummary summary;
  try {
    const std::unique_ptr<HttpClient> client = make_curl_client(o.http);
    summary = run_push(o.push, *client, std::cerr);
  } catch (const PushError& error) {
    std::cerr << "dealgraph push: " << error.what() << "\n";
    return kExitFailed;
  } catch (const std::exception& error) {
    std::cerr << "dealgraph push: failed: " << error.what() << "\n";
    return kExitFailed;
  }

  std::string line = "dealgraph push: " + summary_line(summary, endpoint);
  if (o.push.dry_run)
    line = "dealgraph push (dry run, nothing sent): " + std::to_string(summary.graphs) + " graphs to " + endpoint +
           ": would push " + std::to_string(summary.pushed) + ", unchanged " + std::to_string(summary.unchanged);
  else if (summary.pushed)
    line += " (" + std::to_string(summary.statements_pushed) + " statements, " + format_bytes(summary.bytes_pushed) + ")";
  if (summary.ok()) {
    if (!o.quiet) std::cout << line << "\n";
    return kExitOk;
  }
  if (summary.stopped) std::cerr << "dealgraph push: stopped: " << summary.stop_reason << "\n";
  std::cerr << line << "\n";
  const std::size_t left = summary.failed + summary.not_tried;
  std::cerr << "dealgraph push: " << left << (left == 1 ? " graph is" : " graphs are")
            << " not in the store as built; run the same command again to push "
            << (summary.pushed + summary.unchanged ? "the rest (the graphs already pushed are skipped)" : "them") << "\n";
  if (summary.refused)
    std::cerr << "dealgraph push: " << summary.refused << " of them cannot go to this store before their long IRIs "
              << "are shortened (see above)\n";
  return kExitFailed;
}

std::string default_ontology_dir(CLI::App& app) {
  try {
    if (const CLI::Option* option = app.get_option("--ontology"); option && option->count() > 0)
      return option->as<std::string>();
  } catch (const CLI::Error&) {
  }
  return Ontology::locate("dealgraph").root();
}

}  // namespace

void add_push_command(CLI::App& app, int& exit_code, std::function<std::string()> ontology_dir) {
  auto o = std::make_shared<PushCommandOptions>();
  CLI::App* push = app.add_subcommand(
      "push", "Put a build's named graphs (graph.nq: one per article, one per entity and deal, each statement once) "
              "and the ontology into a triple store over the SPARQL 1.1 Graph Store Protocol, each replaced whole "
              "with HTTP PUT");
  push->footer(
      "The password comes from the environment variable DEALGRAPH_PASSWORD (with --user) or a netrc file, never from "
      "the command line. DIR/push-state.json remembers what was pushed where: graphs whose content is unchanged "
      "since are skipped (--force sends them all). See docs/push.md for Virtuoso, Fuseki and Oxigraph.");
  push->add_option("dir", o->push.dir, "The output folder of `dealgraph build` (holding graph.nq)")->capture_default_str();
  push->add_option("--endpoint", o->push.endpoint,
                   "The store's Graph Store Protocol URL, e.g. http://localhost:8890/sparql-graph-crud-auth (Virtuoso), "
                   "http://localhost:3030/DATASET/data (Fuseki), http://localhost:7878/store (Oxigraph)")
      ->required()
      ->check(endpoint_check);
  push->add_option("--graph-prefix", o->push.graph_prefix,
                   "Name the graphs PREFIX + article/ID (and PREFIX + graph/ontology) instead of the article IRIs")
      ->check(prefix_check);
  push->add_option("--user", o->http.user, "User name; the password comes from DEALGRAPH_PASSWORD or a netrc file");
  push->add_option("--password", o->password_given, "Not accepted: use DEALGRAPH_PASSWORD or a netrc file")
      ->group("");
  push->add_option("--netrc-file", o->http.netrc_file, "The netrc file to read credentials from (default: ~/.netrc)")
      ->check(CLI::ExistingFile);
  push->add_option("--auth", o->auth,
                   "HTTP authentication: any (digest, or over https basic or digest as the store asks), "
                   "basic (also over http, where the password goes in cleartext) or digest")
      ->check(CLI::IsMember({"any", "basic", "digest"}))
      ->capture_default_str();
  push->add_option("--store", o->push.store,
                   "The kind of store, for the longest IRI it keeps whole: any (the strictest known, Virtuoso's "
                   "1,879 bytes), virtuoso, fuseki, oxigraph, graphdb or other (no limit checked)")
      ->check(CLI::IsMember(store_kinds()))
      ->capture_default_str();
  push->add_option("--cacert", o->http.ca_file, "Certificate authorities to trust for https (PEM file)")
      ->check(CLI::ExistingFile);
  push->add_flag("--insecure", o->http.insecure, "Do not check the store's TLS certificate (testing only)");
  push->add_flag("--force", o->push.force, "Push every graph, also those unchanged since the last push");
  push->add_flag("--dry-run", o->push.dry_run, "Say which graphs would be pushed; contact nothing, change nothing");
  push->add_flag("--no-ontology", o->no_ontology, "Do not push the ontology's graph");
  push->add_option("--retries", o->push.retry.retries,
                   "Attempts after the first for transient failures (5xx, timeouts, refused or reset connections), "
                   "with exponential backoff from 0.5 s")
      ->capture_default_str()
      ->check(CLI::Range(0u, 20u));
  push->add_option("--timeout", o->http.timeout_seconds, "Seconds allowed for one graph's request")
      ->capture_default_str()
      ->check(CLI::Range(1L, 86400L));
  push->add_flag("--progress", o->force_progress, "Show progress even when standard error is not a terminal");
  push->add_flag("-v,--verbose", o->push.verbose, "A line per graph: pushed, unchanged, retried");
  push->add_flag("-q,--quiet", o->quiet, "Print nothing but errors");
  push->callback([o, &exit_code, &app, ontology_dir] {
    const std::string dir = ontology_dir ? ontology_dir() : default_ontology_dir(app);
    exit_code = run(*o, dir);
  });
}

void add_build_push_options(CLI::App& build_command, BuildPushOptions& options) {
  build_command
      .add_option("--push", options.endpoint,
                  "After the build, push its graphs to this Graph Store Protocol URL, as `dealgraph push` does "
                  "(writes graph.nq too)")
      ->check(endpoint_check);
  build_command.add_option("--push-user", options.user,
                           "User name for --push; the password comes from DEALGRAPH_PASSWORD or a netrc file");
  build_command.add_option("--graph-prefix", options.graph_prefix, "With --push: name the graphs PREFIX + article/ID")
      ->check(prefix_check);
}

void add_push_format(const BuildPushOptions& options, std::vector<ExportFormat>& formats) {
  if (options.requested() && std::find(formats.begin(), formats.end(), ExportFormat::NQuads) == formats.end())
    formats.push_back(ExportFormat::NQuads);
}

int push_after_build(const BuildPushOptions& options, const std::string& output_dir, const std::string& ontology_dir,
                     bool quiet) {
  PushCommandOptions o;
  o.push.dir = output_dir;
  o.push.endpoint = options.endpoint;
  o.push.graph_prefix = options.graph_prefix;
  o.http.user = options.user;
  o.quiet = quiet;
  return run(o, ontology_dir);
}

}  // namespace dealgraph::cli
