// Addresses in the store: graph names, Graph Store Protocol URLs, checks of the endpoint and
// graph prefix the user gave, the longest IRI each kind of store holds, and the reason phrases
// of the HTTP statuses a store answers.
#include <array>
#include <cctype>
#include <stdexcept>
#include <string>
#include <string_view>

#include "dealgraph/push.hpp"

namespace dealgraph {
namespace {

bool unreserved(unsigned char c) {
  return std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~';
}

bool starts_with_ci(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(text[i])) != prefix[i]) return false;
  return true;
}

// Virtuoso drops the end of a long IRI without an error, so a graph holding one would be stored
// changed while push reported success. Measured with Virtuoso 7.2.5 (graph names and subjects):
// IRIs of up to 1,880 bytes read back whole, longer ones cut to 1,879; 1,879 is the safe bound.
constexpr std::size_t kVirtuosoIriLimit = 1879;

struct StoreKind {
  const char* name;
  std::size_t iri_limit;  // bytes; 0: none known
};

// No limit is known for Fuseki, Oxigraph or GraphDB (none of them is in the test suite); "other"
// checks nothing, "any" assumes the strictest store known.
constexpr std::array<StoreKind, 6> kStoreKinds{{{"any", kVirtuosoIriLimit},
                                                {"virtuoso", kVirtuosoIriLimit},
                                                {"fuseki", 0},
                                                {"oxigraph", 0},
                                                {"graphdb", 0},
                                                {"other", 0}}};

// The start of a long IRI, for a message: about 60 bytes, cut between characters.
std::string abbreviated(std::string_view iri) {
  if (iri.size() <= 80) return std::string(iri);
  std::size_t end = 60;
  while (end > 0 && (static_cast<unsigned char>(iri[end]) & 0xc0) == 0x80) --end;
  return std::string(iri.substr(0, end)) + "...";
}

// The IRI a term names, or "" when it names none: an IRIREF, or the datatype of a literal.
std::string term_iri(std::string_view term) {
  if (!term.empty() && term.front() == '<') return iri_of(term);
  if (!term.empty() && term.front() == '"' && term.back() == '>') {
    const std::size_t at = term.rfind("^^<");
    if (at != std::string_view::npos) return iri_of(term.substr(at + 2));
  }
  return {};
}

std::string with_thousands(std::size_t n) {
  std::string digits = std::to_string(n);
  for (std::size_t i = digits.size(); i > 3; i -= 3) digits.insert(i - 3, ",");
  return digits;
}

}  // namespace

std::optional<std::size_t> store_iri_limit(std::string_view store_kind) {
  for (const StoreKind& kind : kStoreKinds)
    if (store_kind == kind.name) return kind.iri_limit;
  return std::nullopt;
}

const std::vector<std::string>& store_kinds() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> all;
    for (const StoreKind& kind : kStoreKinds) all.emplace_back(kind.name);
    return all;
  }();
  return names;
}

std::string long_iri_problem(std::string_view store_name, std::string_view ntriples, std::size_t limit,
                             std::string_view store_kind, std::string_view source) {
  if (limit == 0) return {};
  const auto too_long = [&](std::string_view iri, const std::string& where, bool show) {
    return where + " is an IRI of " + with_thousands(iri.size()) + " bytes" +
           (show ? " (" + printable(abbreviated(iri)) + ")" : std::string()) + ", longer than the " +
           with_thousands(limit) + " a store of kind " + std::string(store_kind) +
           " keeps whole (--store; Virtuoso cuts longer IRIs without a word). It comes from " + std::string(source) +
           ": shorten the id or name it is made of";
  };
  if (store_name.size() > limit) return too_long(store_name, "its name in the store", false);
  static constexpr const char* kRoles[] = {"subject", "predicate", "object"};
  std::size_t number = 0;  // the statement's index in the graph's N-Triples
  for (std::size_t start = 0; start < ntriples.size(); ++number) {
    std::size_t end = ntriples.find('\n', start);
    if (end == std::string_view::npos) end = ntriples.size();
    const std::string_view line = ntriples.substr(start, end - start);
    start = end + 1;
    if (line.size() <= limit) continue;  // no IRI in it can be longer than the line
    std::optional<QuadTerms> terms;
    try {
      terms = split_nquads_line(line);
    } catch (const std::invalid_argument&) {
      continue;  // not for this check to say
    }
    if (!terms) continue;
    const std::string_view parts[] = {terms->subject, terms->predicate, terms->object};
    for (int i = 0; i < 3; ++i) {
      const std::string iri = term_iri(parts[i]);
      if (iri.size() <= limit) continue;
      const std::string role = i == 2 && parts[i].front() == '"' ? "datatype of the object" : kRoles[i];
      return too_long(iri, "the " + role + " of its statement " + std::to_string(number + 1), true);
    }
  }
  return {};
}

std::string percent_encode(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(text.size() * 3 / 2);
  for (const char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    if (unreserved(c)) {
      out.push_back(ch);
    } else {
      out.push_back('%');
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 15]);
    }
  }
  return out;
}

std::string graph_store_url(std::string_view endpoint, std::string_view graph_iri) {
  std::string url(endpoint);
  if (url.find('?') == std::string::npos)
    url += '?';
  else if (url.back() != '?' && url.back() != '&')
    url += '&';
  url += "graph=";
  url += percent_encode(graph_iri);
  return url;
}

std::string endpoint_problem(std::string_view endpoint) {
  if (endpoint.empty()) return "no endpoint given";
  std::size_t scheme_end = 0;
  if (starts_with_ci(endpoint, "http://"))
    scheme_end = 7;
  else if (starts_with_ci(endpoint, "https://"))
    scheme_end = 8;
  else
    return "the endpoint must be an http:// or https:// URL";
  for (const char c : endpoint)
    if (static_cast<unsigned char>(c) <= ' ' || c == '"' || c == '<' || c == '>' || c == '\\')
      return "the endpoint URL holds a space, a quote or a control character";
  if (endpoint.find('#') != std::string_view::npos) return "the endpoint URL has a #fragment";
  std::size_t authority_end = endpoint.find_first_of("/?", scheme_end);
  if (authority_end == std::string_view::npos) authority_end = endpoint.size();
  const std::string_view authority = endpoint.substr(scheme_end, authority_end - scheme_end);
  const std::size_t at = authority.rfind('@');
  if (at != std::string_view::npos && authority.substr(0, at).find(':') != std::string_view::npos)
    return "the endpoint URL holds a password: give the user with --user and the password in the "
           "DEALGRAPH_PASSWORD environment variable or a netrc file";
  const std::string_view host = at == std::string_view::npos ? authority : authority.substr(at + 1);
  if (host.empty() || host.front() == ':') return "the endpoint URL has no host";
  return {};
}

std::string endpoint_note(std::string_view endpoint) {
  std::string_view path = endpoint.substr(0, endpoint.find('?'));
  while (!path.empty() && path.back() == '/') path.remove_suffix(1);
  for (const std::string_view end : {"/sparql", "/query", "/update"}) {
    if (path.size() >= end.size() && path.substr(path.size() - end.size()) == end)
      return "note: " + std::string(endpoint) +
             " looks like a SPARQL query or update endpoint; push needs the Graph Store Protocol endpoint "
             "(Virtuoso: /sparql-graph-crud-auth, Fuseki: /DATASET/data, Oxigraph: /store; see docs/push.md). "
             "Virtuoso's /sparql never answers a PUT: the push would wait for --timeout";
  }
  return {};
}

std::string normalise_graph_prefix(std::string_view prefix, std::string& problem) {
  problem.clear();
  std::size_t colon = 0;
  while (colon < prefix.size() &&
         (std::isalnum(static_cast<unsigned char>(prefix[colon])) || prefix[colon] == '+' || prefix[colon] == '-' ||
          prefix[colon] == '.'))
    ++colon;
  if (colon == 0 || colon >= prefix.size() || prefix[colon] != ':' ||
      !std::isalpha(static_cast<unsigned char>(prefix[0])) || colon + 1 == prefix.size()) {
    problem = "the graph prefix must be an absolute IRI, such as https://example.org/graphs/";
    return {};
  }
  for (const char c : prefix) {
    const auto u = static_cast<unsigned char>(c);
    if (u <= ' ' || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|' || c == '^' || c == '`' ||
        c == '\\') {
      problem = "the graph prefix holds a character no IRI may hold (a space, quote, <, >, {, }, |, ^, ` or \\)";
      return {};
    }
  }
  std::string out(prefix);
  if (out.back() != '/' && out.back() != '#' && out.back() != ':') out += '/';
  return out;
}

std::string article_base(std::string_view graph_iri) {
  const std::size_t pos = graph_iri.rfind("article/");
  if (pos == std::string_view::npos || pos == 0) return {};
  const std::string_view id = graph_iri.substr(pos + 8);
  if (id.empty() || id.find('/') != std::string_view::npos) return {};
  const char before = graph_iri[pos - 1];
  if (before != '/' && before != '#' && before != ':') return {};
  return std::string(graph_iri.substr(0, pos));
}

std::string store_graph_name(std::string_view nq_graph, std::string_view prefix, std::string_view base) {
  if (nq_graph.empty()) return std::string(prefix.empty() ? base : prefix) + "graph/unattributed";
  if (prefix.empty()) return std::string(nq_graph);
  // An article's graph and a node's own graph ({base}org/nvidia, {base}deal/...) keep their
  // path under the prefix; a graph from elsewhere is named by its encoded IRI.
  const std::string article = article_base(nq_graph);
  if (!article.empty()) return std::string(prefix) + std::string(nq_graph.substr(article.size()));
  if (!base.empty() && nq_graph.size() > base.size() && nq_graph.substr(0, base.size()) == base &&
      nq_graph.substr(base.size(), 6) != "graph/")
    return std::string(prefix) + std::string(nq_graph.substr(base.size()));
  return std::string(prefix) + "graph/" + percent_encode(nq_graph);
}

const char* http_reason(long status) {
  switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 204: return "No Content";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 303: return "See Other";
    case 307: return "Temporary Redirect";
    case 308: return "Permanent Redirect";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 406: return "Not Acceptable";
    case 407: return "Proxy Authentication Required";
    case 408: return "Request Timeout";
    case 409: return "Conflict";
    case 411: return "Length Required";
    case 413: return "Content Too Large";
    case 414: return "URI Too Long";
    case 415: return "Unsupported Media Type";
    case 422: return "Unprocessable Content";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    case 505: return "HTTP Version Not Supported";
    case 507: return "Insufficient Storage";
    default: return "";
  }
}

}  // namespace dealgraph
