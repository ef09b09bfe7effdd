// The export formats by name, and one entry point that writes any of them.
#include <algorithm>
#include <cctype>
#include <cstdint>
#include <filesystem>

#include "dealgraph/export.hpp"

namespace dealgraph {
namespace {

struct FormatInfo {
  ExportFormat format;
  const char* name;
  const char* file;
  std::vector<const char*> aliases;
};

const std::vector<FormatInfo>& formats() {
  static const std::vector<FormatInfo> kFormats = {
      {ExportFormat::Turtle, "ttl", "graph.ttl", {"turtle"}},
      {ExportFormat::NTriples, "nt", "graph.nt", {"ntriples", "n-triples"}},
      {ExportFormat::NQuads, "nq", "graph.nq", {"nquads", "n-quads"}},
      {ExportFormat::TriG, "trig", "graph.trig", {}},
      {ExportFormat::JsonLd, "jsonld", "graph.jsonld", {"json-ld"}},
      {ExportFormat::GraphML, "graphml", "graph.graphml", {}},
      {ExportFormat::Dot, "dot", "graph.dot", {"gv", "graphviz"}},
      {ExportFormat::Csv, "csv", "relationships.csv", {"neo4j"}},
  };
  return kFormats;
}

const FormatInfo& info(ExportFormat format) {
  for (const FormatInfo& f : formats())
    if (f.format == format) return f;
  throw std::logic_error("unknown export format");
}

std::string trimmed_lower(std::string_view text) {
  std::size_t begin = 0, end = text.size();
  while (begin < end && std::isspace(static_cast<unsigned char>(text[begin]))) ++begin;
  while (end > begin && std::isspace(static_cast<unsigned char>(text[end - 1]))) --end;
  std::string out(text.substr(begin, end - begin));
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

std::vector<ExportFormat> default_formats() { return {ExportFormat::Turtle, ExportFormat::GraphML}; }

std::vector<ExportFormat> parse_formats(std::string_view list) {
  std::vector<ExportFormat> out;
  std::size_t begin = 0;
  while (begin <= list.size()) {
    const std::size_t comma = std::min(list.find(',', begin), list.size());
    const std::string name = trimmed_lower(list.substr(begin, comma - begin));
    begin = comma + 1;
    if (name.empty()) continue;
    const FormatInfo* found = nullptr;
    for (const FormatInfo& f : formats()) {
      if (name == f.name || std::find_if(f.aliases.begin(), f.aliases.end(), [&](const char* a) { return name == a; }) != f.aliases.end())
        found = &f;
    }
    if (!found) {
      std::string known;
      for (const FormatInfo& f : formats()) known += (known.empty() ? "" : ", ") + std::string(f.name);
      throw std::invalid_argument("unknown format \"" + name + "\" (known: " + known + ")");
    }
    if (std::find(out.begin(), out.end(), found->format) == out.end()) out.push_back(found->format);
  }
  if (out.empty()) throw std::invalid_argument("no format named (known: ttl, nt, nq, trig, jsonld, graphml, dot, csv)");
  return out;
}

const char* format_name(ExportFormat format) { return info(format).name; }
const char* file_name(ExportFormat format) { return info(format).file; }

std::vector<std::string> file_names(ExportFormat format) {
  if (format == ExportFormat::Csv) return csv_file_names();
  return {file_name(format)};
}

std::pair<std::size_t, std::size_t> OutputSlice::range(const std::vector<std::size_t>& weights) const {
  if (whole()) return {0, weights.size()};
  std::uint64_t total = 0;
  for (const std::size_t weight : weights) total += weight;
  // A unit belongs to the slice in which its first statement falls: the slice of (weight
  // before it) * count / total. The runs are contiguous because that grows with the unit.
  auto slice_of = [&](std::uint64_t before) {
    return total == 0 ? 0 : std::min<std::uint64_t>(count - 1, before * count / total);
  };
  std::size_t begin = weights.size(), end = weights.size();
  std::uint64_t before = 0;
  for (std::size_t i = 0; i < weights.size(); ++i) {
    const std::uint64_t slice = slice_of(before);
    if (slice >= index && begin == weights.size()) begin = i;
    if (slice > index) {
      end = i;
      break;
    }
    before += weights[i];
  }
  return {begin, std::max(begin, end)};
}

bool writes_slices(ExportFormat format) {
  return format == ExportFormat::Turtle || format == ExportFormat::NTriples || format == ExportFormat::NQuads ||
         format == ExportFormat::TriG || format == ExportFormat::GraphML;
}

void write_graph(const KnowledgeGraph& graph, ExportFormat format, const std::string& path, OutputSlice slice) {
  if (!slice.whole() && !writes_slices(format))
    throw ExportError(path + ": " + format_name(format) + " is written whole, not in slices");
  switch (format) {
    case ExportFormat::Turtle: return write_turtle(graph, path, slice);
    case ExportFormat::NTriples: return write_ntriples(graph, path, slice);
    case ExportFormat::NQuads: return write_nquads(graph, path, slice);
    case ExportFormat::TriG: return write_trig(graph, path, slice);
    case ExportFormat::JsonLd: return write_jsonld(graph, path);
    case ExportFormat::GraphML: return write_graphml(graph, path, slice);
    case ExportFormat::Dot: return write_dot(graph, path);
    case ExportFormat::Csv: {
      std::error_code error;
      std::filesystem::create_directories(path, error);
      if (error) throw ExportError(path + ": cannot make the folder: " + error.message());
      return write_csv(graph, path);
    }
  }
}

void write_graph_into(const KnowledgeGraph& graph, ExportFormat format, const std::string& folder,
                      OutputSlice slice) {
  if (format == ExportFormat::Csv && slice.whole()) return write_csv(graph, folder);
  write_graph(graph, format, (std::filesystem::path(folder) / file_name(format)).string(), slice);
}

}  // namespace dealgraph
