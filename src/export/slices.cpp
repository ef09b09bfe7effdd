// The slices a `merge --part K/M` writes, joined back into the file of the whole graph. Each
// slice file is a whole file of its format; what repeats in every slice (Turtle prefixes, the
// GraphML header and footer) is kept once. Files are read a line at a time: joining takes no
// memory that grows with them.
#include <cerrno>
#include <cstring>
#include <fstream>
#include <utility>

#include "dealgraph/export.hpp"
#include "util/atomic_file.hpp"

namespace dealgraph {
namespace {

class Output {
 public:
  explicit Output(const std::string& path) : path_(path), file_(path) {}
  void put(std::string_view bytes) {
    if (!bytes.empty() && std::fwrite(bytes.data(), 1, bytes.size(), file_.get()) != bytes.size())
      throw ExportError(path_ + ": write failed: " + std::strerror(errno));
  }
  void commit() { file_.commit(); }

 private:
  std::string path_;
  AtomicFile file_;
};

std::ifstream open_slice(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw ExportError(path + ": cannot read the slice: " + std::strerror(errno));
  return in;
}

// Copies the file as it is.
void copy_all(const std::string& path, Output& out) {
  std::ifstream in = open_slice(path);
  std::string block(1 << 20, '\0');
  while (in) {
    in.read(block.data(), static_cast<std::streamsize>(block.size()));
    out.put(std::string_view(block.data(), static_cast<std::size_t>(in.gcount())));
  }
}

// Turtle and TriG as Serd writes them: the @prefix lines (in Turtle, and an empty line), then
// the statements, then (TriG) a
// last line without its newline that Serd's writer leaves when it finishes. Slices hold whole
// subjects or graphs, so the bodies follow one another as they are; the prefixes are kept from
// the first slice and the unfinished last line from the last slice that has a body.
void join_turtle(const std::vector<std::string>& files, Output& out) {
  std::string tail;
  for (std::size_t i = 0; i < files.size(); ++i) {
    std::ifstream in = open_slice(files[i]);
    std::string line;
    bool in_header = true, has_body = false;
    while (std::getline(in, line)) {
      if (in.eof()) {  // no newline after it: what finishing the writer left
        if (has_body || tail.empty()) tail = line;
        break;
      }
      if (in_header && line.starts_with("@prefix ")) {
        if (i == 0) out.put(line + "\n");
        continue;
      }
      if (std::exchange(in_header, false) && line.empty()) {  // Turtle's empty line after the prefixes
        if (i == 0) out.put("\n");
        continue;
      }
      has_body = true;
      out.put(line + "\n");
    }
  }
  out.put(tail);
}

// GraphML as write_graphml writes it: a header up to the <graph> line, the nodes, the edges
// (each opening with a line "    <edge "), then "  </graph>" and "</graphml>".
void join_graphml(const std::vector<std::string>& files, Output& out) {
  const std::string graph_line = "  <graph ", edge_line = "    <edge ", end_line = "  </graph>";
  auto refuse = [](const std::string& path) { throw ExportError(path + ": not a GraphML slice written by dealgraph"); };
  // Pass 0 writes the first header and every slice's nodes; pass 1 every slice's edges.
  for (int pass = 0; pass < 2; ++pass) {
    for (std::size_t i = 0; i < files.size(); ++i) {
      std::ifstream in = open_slice(files[i]);
      std::string line;
      enum class Section { Header, Nodes, Edges, Footer } section = Section::Header;
      while (std::getline(in, line)) {
        if (section == Section::Header) {
          if (pass == 0 && i == 0) out.put(line + "\n");
          if (line.starts_with(graph_line)) section = Section::Nodes;
          continue;
        }
        if (line.starts_with(edge_line)) section = Section::Edges;
        if (line == end_line) section = Section::Footer;
        if ((pass == 0 && section == Section::Nodes) || (pass == 1 && section == Section::Edges)) out.put(line + "\n");
      }
      if (section != Section::Footer) refuse(files[i]);
    }
  }
  out.put(end_line + "\n</graphml>\n");
}

}  // namespace

void join_slices(ExportFormat format, const std::vector<std::string>& slice_files, const std::string& path) {
  if (!writes_slices(format)) throw ExportError(path + ": " + format_name(format) + " is not written in slices");
  Output out(path);
  switch (format) {
    case ExportFormat::NTriples:
    case ExportFormat::NQuads:
      for (const std::string& file : slice_files) copy_all(file, out);
      break;
    case ExportFormat::Turtle:
    case ExportFormat::TriG: join_turtle(slice_files, out); break;
    case ExportFormat::GraphML: join_graphml(slice_files, out); break;
    default: break;
  }
  out.commit();
}

}  // namespace dealgraph
