// dealgraph: the command line. Parses arguments, calls the library, prints; nothing more.
#include <CLI/CLI.hpp>

#include <algorithm>
#include <cctype>
#include <functional>
#include <iostream>
#include <memory>
#include <sstream>
#include <unistd.h>

#include "cli/exit_codes.hpp"
#include "cli/push_command.hpp"
#include "cli/query_commands.hpp"
#include "cli/usage.hpp"
#include "dealgraph/export.hpp"
#include "dealgraph/extract.hpp"
#include "dealgraph/text.hpp"
#include "dealgraph/lexicon.hpp"
#include "dealgraph/ontology.hpp"
#include "dealgraph/pipeline.hpp"

namespace {

using dealgraph::cli::kExitFailed;
using dealgraph::cli::kExitOk;
using dealgraph::cli::kExitUsage;

// Checks of option values, each returning what is wrong in words ("" when the value is fine).
std::string check_shard(const std::string& value) {
  // Digits only: a minus sign would wrap around to a huge count.
  const std::size_t slash = value.find('/');
  auto digits = [](const std::string& part) {
    return !part.empty() && part.size() <= 9 && part.find_first_not_of("0123456789") == std::string::npos;
  };
  const std::string k = slash == std::string::npos ? "" : value.substr(0, slash);
  const std::string n = slash == std::string::npos ? "" : value.substr(slash + 1);
  if (!digits(k) || !digits(n) || std::stoul(k) < 1 || std::stoul(k) > std::stoul(n))
    return "expected K/N with whole numbers 1 <= K <= N (e.g. 2/4), got \"" + value + "\"";
  return {};
}

std::string check_byte_count(const std::string& value) {
  if (value.empty() || value.size() > 18 || value.find_first_not_of("0123456789") != std::string::npos ||
      std::stoull(value) == 0)
    return "expected a number of bytes from 1 up, got \"" + value + "\"";
  return {};
}

std::string check_base(const std::string& value) {
  // An absolute IRI (scheme ":" ...) of characters an IRI may hold, ending where a name can follow.
  const std::size_t colon = value.find(':');
  const bool scheme = colon != std::string::npos && colon > 0 && std::isalpha(static_cast<unsigned char>(value[0])) &&
                      value.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-.") >= colon;
  const bool clean = value.find_first_of(" <>\"{}|^`\\") == std::string::npos &&
                     std::none_of(value.begin(), value.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; });
  if (!scheme || !clean || (value.back() != '/' && value.back() != '#'))
    return "expected an absolute IRI ending in / or # (e.g. https://example.org/id/), got \"" + value + "\"";
  return {};
}

// `build --update DIR`: what it did, then the summary of the combined build.
void print_update(const dealgraph::BuildOptions& options, const dealgraph::UpdateResult& update) {
  if (options.quiet) return;
  if (update.unchanged)
    std::cout << "dealgraph: " << options.output_dir << " already holds every article of the inputs; left as it was\n";
  else if (!update.full_build)
    std::cout << "dealgraph: updated " << options.output_dir << ": " << update.added << " new articles, "
              << update.changed << " changed, " << update.neighbours << " built again beside changed ones\n";
}

int run_build_command(dealgraph::BuildOptions options, bool update) {
  try {
    dealgraph::UpdateResult outcome;
    if (update) {
      outcome = dealgraph::run_update(options, std::cerr);
      print_update(options, outcome);
      if (outcome.unchanged) return kExitOk;
      if (!outcome.full_build) options.formats = outcome.formats;
    } else {
      outcome.result = dealgraph::run_build(options, std::cerr);
    }
    const dealgraph::BuildResult& result = outcome.result;
    if (!options.quiet) {
      const auto& counts = result.report["counts"];
      const auto& findings = result.report["finding_counts"];
      std::cout << "dealgraph: read " << result.inputs_read << " inputs, built " << result.articles_built
                << " articles, skipped " << result.skipped.size() + result.skipped_unlisted << "\n"
                << "  entities " << counts["entities"] << " (organizations " << counts["organizations"]
                << ", people " << counts["people"] << ", chips " << counts["chips"] << "), deals "
                << counts["deals"] << ", positions " << counts["positions"] << "\n"
                << "  findings: " << findings["errors"] << " errors, " << findings["warnings"] << " warnings\n"
                << "  wrote ";
      for (const dealgraph::ExportFormat format : options.formats)
        for (const std::string& name : dealgraph::file_names(format)) std::cout << options.output_dir << "/" << name << ", ";
      std::cout << options.output_dir << "/report.json\n";
    }
    return kExitOk;
  } catch (const dealgraph::InputError& error) {
    std::cerr << "dealgraph: " << error.what() << "\n";
    return kExitFailed;
  } catch (const dealgraph::LexiconError& error) {
    std::cerr << "dealgraph: " << error.what() << "\n";
    return kExitFailed;
  } catch (const std::exception& error) {
    std::cerr << "dealgraph: build failed: " << error.what() << "\n";
    return kExitFailed;
  }
}

int run_explain_command(const std::string& input, const std::string& ontology_dir) {
  try {
    std::vector<dealgraph::SkippedInput> skipped;
    const auto files = dealgraph::list_inputs({input}, skipped);
    const dealgraph::Ontology ontology(ontology_dir);
    const dealgraph::TextStage text_stage(dealgraph::TextRules::load(ontology.text_rules()));
    const dealgraph::Extractor extractor(dealgraph::KnowledgeFiles::in(ontology, {}));
    nlohmann::json out = nlohmann::json::array();
    for (const auto& file : files) {
      auto ingested = dealgraph::read_input(file, {});
      for (const auto& s : ingested.skipped) out.push_back({{"skipped", s.source_path}, {"reason", s.reason}});
      for (const auto& article : ingested.articles) {
        const dealgraph::ArticleFacts facts = extractor.extract(text_stage.prepare(article));
        const auto& doc = facts.document;
        nlohmann::json sentences = nlohmann::json::array();
        for (const auto& s : doc.sentences) sentences.push_back(doc.text.substr(s.byte_begin, s.byte_end - s.byte_begin));
        nlohmann::json mentions = nlohmann::json::array();
        for (const auto& m : facts.mentions)
          mentions.push_back({{"entity", m.entity_key}, {"text", doc.text.substr(m.byte_begin, m.byte_end - m.byte_begin)}});
        nlohmann::json deals = nlohmann::json::array();
        for (const auto& d : facts.deals) {
          nlohmann::json parties = nlohmann::json::array();
          for (const auto& p : d.parties) parties.push_back({{"role", dealgraph::to_string(p.role)}, {"entity", p.entity_key}});
          nlohmann::json amounts = nlohmann::json::array();
          for (const auto& a : d.amounts)
            amounts.push_back({{"as_written", a.as_written}, {"value", a.value ? a.value->to_string() : ""},
                               {"min", a.min ? a.min->to_string() : ""}, {"max", a.max ? a.max->to_string() : ""},
                               {"currency", a.currency}});
          nlohmann::json quantities = nlohmann::json::array();
          for (const auto& q : d.quantities) quantities.push_back({{"as_written", q.as_written}, {"value", q.value.to_string()}, {"unit", q.unit}});
          deals.push_back({{"type", dealgraph::to_string(d.type)}, {"parties", parties}, {"trigger", d.trigger},
                           {"status", d.status}, {"amounts", amounts}, {"quantities", quantities}, {"chips", d.chips},
                           {"quote", d.evidence.quote}});
        }
        nlohmann::json positions = nlohmann::json::array();
        for (const auto& p : facts.posts)
          positions.push_back({{"holder", p.holder_key}, {"organization", p.organization_key}, {"title", p.title},
                               {"as_written", p.title_as_written}});
        out.push_back({{"id", doc.source_id}, {"format", dealgraph::to_string(doc.format)}, {"language", doc.language},
                       {"title", doc.title}, {"published", doc.published.value_or("")}, {"text", doc.text}, {"sentences", sentences},
                       {"mentions", mentions}, {"deals", deals}, {"positions", positions}});
      }
    }
    std::cout << out.dump(2) << "\n";
    return kExitOk;
  } catch (const std::exception& error) {
    std::cerr << "dealgraph: " << error.what() << "\n";
    return kExitFailed;
  }
}

void add_merge_command(CLI::App& app, int& exit_code, std::function<std::string()> ontology_dir) {
  auto merge = std::make_shared<dealgraph::MergeOptions>();
  auto formats = std::make_shared<std::string>("ttl,graphml");
  CLI::App* command = app.add_subcommand("merge", "Combine the outputs of `build --shard K/N` into the files of one build");
  command->add_option("shards", merge->shard_dirs, "Output folders of the shard builds")->required();
  command->add_option("-o,--output", merge->output_dir, "Output folder")->capture_default_str();
  command->add_option("--base", merge->base, "Base IRI of instance IRIs (as given to build)")
      ->capture_default_str()
      ->check(check_base);
  command->add_option("--format", *formats, "Comma-separated output formats, as for build")->capture_default_str();
  command->add_option("-j,--threads", merge->threads, "Threads reading the shards and writing the formats side by side (default: one per core)");
  auto part = std::make_shared<std::string>();
  command->add_option("--part", *part, "Write only part K of M of each file (K/M; formats ttl, nt, nq, trig, graphml); join the M parts with `concat`")
      ->check(check_shard);
  command->callback([merge, formats, part, &exit_code, ontology_dir] {
    merge->ontology_dir = ontology_dir();
    try {
      merge->formats = dealgraph::parse_formats(*formats);
      if (!part->empty()) {
        merge->part_index = static_cast<unsigned>(std::stoul(part->substr(0, part->find('/')))) - 1;
        merge->part_count = static_cast<unsigned>(std::stoul(part->substr(part->find('/') + 1)));
        for (const dealgraph::ExportFormat format : merge->formats)
          if (!dealgraph::writes_slices(format))
            throw std::invalid_argument(std::string("--part: ") + dealgraph::format_name(format) +
                                        " is not written in parts (ttl, nt, nq, trig and graphml are)");
      }
      const dealgraph::BuildResult result = dealgraph::run_merge(*merge);
      std::cout << "dealgraph: merged " << merge->shard_dirs.size() << " shards: " << result.articles_built
                << " articles, " << result.report["counts"]["entities"] << " entities, " << result.report["counts"]["deals"]
                << " deals\n";
      exit_code = kExitOk;
    } catch (const std::invalid_argument& error) {
      std::cerr << "dealgraph: " << error.what() << "\n";
      exit_code = kExitUsage;
    } catch (const std::exception& error) {
      std::cerr << "dealgraph: merge failed: " << error.what() << "\n";
      exit_code = kExitFailed;
    }
  });
}

void add_concat_command(CLI::App& app, int& exit_code) {
  auto concat = std::make_shared<dealgraph::ConcatOptions>();
  CLI::App* command = app.add_subcommand("concat", "Join the parts of `merge --part K/M` into the files of one merge");
  command->add_option("parts", concat->part_dirs, "Output folders of the M parts, in any order")->required();
  command->add_option("-o,--output", concat->output_dir, "Output folder")->capture_default_str();
  command->callback([concat, &exit_code] {
    try {
      dealgraph::run_concat(*concat);
      exit_code = kExitOk;
    } catch (const std::exception& error) {
      std::cerr << "dealgraph: concat failed: " << error.what() << "\n";
      exit_code = kExitFailed;
    }
  });
}

void add_explain_command(CLI::App& app, int& exit_code, std::function<std::string()> ontology_dir) {
  auto input = std::make_shared<std::string>();
  CLI::App* command = app.add_subcommand("explain", "Show the clean text, sentences, mentions, deals and posts read from one input, as JSON");
  command->add_option("input", *input, "A file or - for standard input")->required();
  command->callback([input, &exit_code, ontology_dir] { exit_code = run_explain_command(*input, ontology_dir()); });
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"dealgraph: a knowledge graph of AI-chip and compute deals from multilingual news", "dealgraph"};
  app.set_version_flag("--version", std::string("dealgraph ") + DEALGRAPH_VERSION);
  app.require_subcommand(1);
  // Global options (--ontology) are accepted after the command too: the commands pass what
  // they do not know up to here.
  app.fallthrough();
  std::string ontology_dir;
  app.add_option("--ontology", ontology_dir, "Folder with dealgraph.ttl, rules/ and lexicon/ (before or after the command)");
  int exit_code = kExitOk;

  dealgraph::BuildOptions build;
  CLI::App* build_command = app.add_subcommand("build", "Read articles and write graph.ttl, graph.graphml and report.json");
  build_command->add_option("inputs", build.inputs, "Files, folders (read recursively) or - for standard input")->required();
  build_command->add_option("-o,--output", build.output_dir, "Output folder")->capture_default_str();
  build_command->add_option("--base", build.base, "Base IRI of instance IRIs")->capture_default_str()->check(check_base);
  build_command->add_option("--lexicon", build.user_lexicons, "Extra lexicon file in Turtle (repeatable)")
      ->allow_extra_args(false);  // one file per --lexicon, so INPUT may follow it
  build_command->add_option("--max-article-bytes", build.ingest.max_article_bytes, "Skip articles larger than this")
      ->capture_default_str()
      ->check(check_byte_count);
  build_command->add_flag("-q,--quiet", build.quiet, "Print nothing but errors");
  build_command->add_option("-j,--threads", build.threads, "Worker threads (default: one per core)");
  bool force_progress = false;
  build_command->add_flag("--progress", force_progress, "Show progress even when standard error is not a terminal");
  std::string update_dir;
  build_command->add_option("--update", update_dir,
                            "Add to the build in DIR only the articles it lacks or holds in another version "
                            "(a missing or empty DIR gets a full build)")
      ->excludes(build_command->get_option("--output"));
  std::string shard;
  build_command->add_option("--shard", shard, "Build only share K of N of the articles (K/N, 1 <= K <= N); merge the shards with `merge`")
      ->check(check_shard)
      ->excludes("--update");
  build_command->preparse_callback([&](std::size_t) {});
  build_command->parse_complete_callback([&] {
    if (force_progress) build.progress = dealgraph::BuildOptions::Progress::Always;
    if (!shard.empty()) {
      build.shard_index = static_cast<unsigned>(std::stoul(shard.substr(0, shard.find('/')))) - 1;
      build.shard_count = static_cast<unsigned>(std::stoul(shard.substr(shard.find('/') + 1)));
    }
  });
  std::string format_list = "ttl,graphml";
  build_command
      ->add_option("--format", format_list,
                   "Comma-separated output formats: ttl, nt, nq (a named graph per article), trig, jsonld, "
                   "graphml, dot, csv (report.json is always written)")
      ->capture_default_str()
      ->check([](const std::string& value) {
        try {
          dealgraph::parse_formats(value);
          return std::string();
        } catch (const std::invalid_argument& error) {
          return std::string(error.what());
        }
      });
  dealgraph::cli::BuildPushOptions build_push;
  dealgraph::cli::add_build_push_options(*build_command, build_push);
  build_command->callback([&] {
    build.formats = dealgraph::parse_formats(format_list);
    dealgraph::cli::add_push_format(build_push, build.formats);
    build.ontology_dir = ontology_dir.empty() ? dealgraph::Ontology::locate(argv[0]).root() : ontology_dir;
    if (!update_dir.empty()) build.output_dir = update_dir;
    exit_code = run_build_command(build, !update_dir.empty());
    if (exit_code == kExitOk && build_push.requested())
      exit_code = dealgraph::cli::push_after_build(build_push, build.output_dir, build.ontology_dir, build.quiet);
  });

  auto ontology = [&] { return ontology_dir.empty() ? dealgraph::Ontology::locate(argv[0]).root() : ontology_dir; };
  add_merge_command(app, exit_code, ontology);
  add_concat_command(app, exit_code);
  add_explain_command(app, exit_code, ontology);
  dealgraph::cli::add_query_commands(app, exit_code, ontology);
  dealgraph::cli::add_push_command(app, exit_code, ontology);

  dealgraph::cli::add_help_command(app, exit_code);

  if (dealgraph::cli::explain_mistyped(app, std::vector<std::string>(argv + 1, argv + argc), std::cerr)) return kExitUsage;
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    const int code = app.exit(error);
    return code == 0 ? kExitOk : kExitUsage;
  }
  return exit_code;
}
