// graph.nq read as a set of graphs: a line splitter, blank node relabelling, and an index of
// where each graph's lines are in the file.
#include <cctype>
#include <fstream>
#include <stdexcept>
#include <unordered_map>

#include "dealgraph/push.hpp"
#include "util/utf8.hpp"

namespace dealgraph {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r'; }

void skip_space(std::string_view line, std::size_t& i) {
  while (i < line.size() && is_space(line[i])) ++i;
}

// One term starting at line[i]; advances i past it. `what` names the position for messages.
std::string_view read_term(std::string_view line, std::size_t& i, const char* what, bool literal_allowed) {
  if (i >= line.size()) throw std::invalid_argument(std::string("the line ends before its ") + what);
  const std::size_t begin = i;
  const char c = line[i];
  if (c == '<') {
    const std::size_t close = line.find('>', i + 1);
    if (close == std::string_view::npos) throw std::invalid_argument(std::string("unclosed IRI in the ") + what);
    for (std::size_t k = i + 1; k < close; ++k)
      if (is_space(line[k]) || line[k] == '<' || line[k] == '"')
        throw std::invalid_argument(std::string("a space or quote inside the IRI of the ") + what);
    i = close + 1;
  } else if (c == '_' && i + 1 < line.size() && line[i + 1] == ':') {
    i += 2;
    while (i < line.size() && !is_space(line[i]) && line[i] != '<' && line[i] != '"') ++i;
    // A label may hold '.' but not end with one: "_:b1." is the label b1 and the final dot.
    while (i > begin + 2 && line[i - 1] == '.') --i;
    if (i == begin + 2) throw std::invalid_argument(std::string("an empty blank node label in the ") + what);
  } else if (c == '"' && literal_allowed) {
    ++i;
    while (i < line.size() && line[i] != '"') {
      if (line[i] == '\\') ++i;
      ++i;
    }
    if (i >= line.size()) throw std::invalid_argument("unclosed string in the object");
    ++i;
    if (i < line.size() && line[i] == '@') {
      ++i;
      const std::size_t tag = i;
      while (i < line.size() && (std::isalnum(static_cast<unsigned char>(line[i])) || line[i] == '-')) ++i;
      if (i == tag) throw std::invalid_argument("an empty language tag in the object");
    } else if (line.substr(i, 2) == "^^") {
      i += 2;
      if (i >= line.size() || line[i] != '<') throw std::invalid_argument("a datatype that is not an IRI in the object");
      const std::size_t close = line.find('>', i + 1);
      if (close == std::string_view::npos) throw std::invalid_argument("unclosed datatype IRI in the object");
      i = close + 1;
    }
  } else {
    throw std::invalid_argument(std::string("unexpected '") + c + "' where the " + what + " should start");
  }
  return line.substr(begin, i - begin);
}

}  // namespace

std::optional<QuadTerms> split_nquads_line(std::string_view line) {
  std::size_t i = 0;
  skip_space(line, i);
  if (i == line.size() || line[i] == '#') return std::nullopt;
  QuadTerms quad;
  quad.subject = read_term(line, i, "subject", false);
  skip_space(line, i);
  quad.predicate = read_term(line, i, "predicate", false);
  if (quad.predicate.front() != '<') throw std::invalid_argument("the predicate is not an IRI");
  skip_space(line, i);
  quad.object = read_term(line, i, "object", true);
  skip_space(line, i);
  if (i < line.size() && line[i] != '.') {
    quad.graph = read_term(line, i, "graph name", false);
    skip_space(line, i);
  }
  if (i >= line.size() || line[i] != '.') throw std::invalid_argument("the statement does not end with '.'");
  ++i;
  skip_space(line, i);
  if (i < line.size() && line[i] != '#') throw std::invalid_argument("text after the final '.'");
  return quad;
}

std::string iri_of(std::string_view iriref) {
  if (iriref.size() >= 2 && iriref.front() == '<' && iriref.back() == '>') iriref = iriref.substr(1, iriref.size() - 2);
  std::string out;
  out.reserve(iriref.size());
  for (std::size_t i = 0; i < iriref.size(); ++i) {
    if (iriref[i] == '\\' && i + 1 < iriref.size() && (iriref[i + 1] == 'u' || iriref[i + 1] == 'U')) {
      const std::size_t digits = iriref[i + 1] == 'u' ? 4 : 8;
      if (i + 2 + digits <= iriref.size()) {
        try {
          std::size_t used = 0;
          const std::string hex(iriref.substr(i + 2, digits));
          const unsigned long cp = std::stoul(hex, &used, 16);
          if (used == digits && cp <= 0x10FFFF) {
            util::append_utf8(out, static_cast<char32_t>(cp));  // a lone surrogate becomes U+FFFD
            i += 1 + digits;
            continue;
          }
        } catch (const std::exception&) {
        }
      }
    }
    out.push_back(iriref[i]);
  }
  return out;
}

std::string_view BlankRelabeler::operator()(std::string_view term) {
  if (term.size() < 2 || term[0] != '_' || term[1] != ':') return term;
  auto found = labels_.find(term);
  if (found == labels_.end())
    found = labels_.emplace(std::string(term), "_:b" + std::to_string(labels_.size())).first;
  return found->second;
}

NQuadsGraphs::NQuadsGraphs(std::string path) : path_(std::move(path)) {
  std::ifstream in(path_, std::ios::binary);
  if (!in) throw PushError(path_ + ": cannot read");
  std::unordered_map<std::string, std::size_t> index;
  std::string line;
  std::uint64_t offset = 0;
  std::size_t line_number = 0;
  Graph* current = nullptr;
  std::string current_name;
  while (std::getline(in, line)) {
    ++line_number;
    const std::uint64_t length = line.size() + (in.eof() ? 0 : 1);
    std::optional<QuadTerms> quad;
    try {
      quad = split_nquads_line(line);
    } catch (const std::invalid_argument& error) {
      throw PushError(path_ + ":" + std::to_string(line_number) + ": not N-Quads: " + error.what());
    }
    if (quad) {
      if (!quad->graph.empty() && quad->graph.front() != '<')
        throw PushError(path_ + ":" + std::to_string(line_number) +
                        ": a blank node names a graph; a graph store needs IRIs for graph names");
      const std::string name = quad->graph.empty() ? std::string() : iri_of(quad->graph);
      if (!current || name != current_name) {
        auto [it, inserted] = index.emplace(name, graphs_.size());
        if (inserted) graphs_.push_back(Graph{name, 0, {}});
        current = &graphs_[it->second];
        current_name = name;
        current->runs.emplace_back(offset, 0);
      }
      current->runs.back().second = offset + length - current->runs.back().first;
      ++current->statements;
    }
    offset += length;
  }
  if (in.bad()) throw PushError(path_ + ": read error");
}

void append_as_ntriples(std::string_view lines, BlankRelabeler& relabel, std::string& out) {
  std::size_t pos = 0;
  while (pos < lines.size()) {
    std::size_t end = lines.find('\n', pos);
    if (end == std::string_view::npos) end = lines.size();
    const std::optional<QuadTerms> quad = split_nquads_line(lines.substr(pos, end - pos));
    pos = end + 1;
    if (!quad) continue;
    out += relabel(quad->subject);
    out += ' ';
    out += quad->predicate;
    out += ' ';
    out += relabel(quad->object);
    out += " .\n";
  }
}

std::string NQuadsGraphs::ntriples(const Graph& graph) const {
  std::ifstream in(path_, std::ios::binary);
  if (!in) throw PushError(path_ + ": cannot read");
  std::string out;
  BlankRelabeler relabel;
  std::string chunk;
  for (const auto& [begin, length] : graph.runs) {
    chunk.resize(length);
    in.seekg(static_cast<std::streamoff>(begin));
    if (!in.read(chunk.data(), static_cast<std::streamsize>(length)))
      throw PushError(path_ + ": changed while it was being read (run the push again)");
    try {
      append_as_ntriples(chunk, relabel, out);
    } catch (const std::invalid_argument& error) {
      throw PushError(path_ + ": changed while it was being read (run the push again): " + error.what());
    }
  }
  return out;
}

}  // namespace dealgraph
