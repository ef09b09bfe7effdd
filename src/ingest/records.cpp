// JSON records: an article's text and metadata from the fields of one JSON object.
#include "ingest/records.hpp"

#include <nlohmann/json.hpp>
#include <optional>

#include "dealgraph/ingest.hpp"
#include "util/sha256.hpp"
#include "util/values.hpp"

namespace dealgraph::ingest {
namespace {

const char* json_type(const nlohmann::json& value) {
  switch (value.type()) {
    case nlohmann::json::value_t::null: return "null";
    case nlohmann::json::value_t::boolean: return "a boolean";
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
    case nlohmann::json::value_t::number_float: return "a number";
    case nlohmann::json::value_t::string: return "a string";
    case nlohmann::json::value_t::array: return "an array";
    case nlohmann::json::value_t::object: return "an object";
    default: return "not a JSON value";
  }
}

// The first string field present among `names` (optional metadata: other types are ignored).
std::optional<std::string> string_field(const nlohmann::json& record,
                                        std::initializer_list<const char*> names) {
  for (const char* name : names) {
    auto it = record.find(name);
    if (it != record.end() && it->is_string() && !it->get_ref<const std::string&>().empty())
      return it->get<std::string>();
  }
  return std::nullopt;
}

// ISO date prefix (yyyy-mm-dd) of a date or timestamp string, if it has one.
std::optional<std::string> iso_date(const std::optional<std::string>& value) {
  if (!value || value->size() < 10 || !util::is_real_date(std::string_view(*value).substr(0, 10))) return std::nullopt;
  return value->substr(0, 10);
}

}  // namespace

RecordArticle article_from_record(const nlohmann::json& record, const std::string& fallback_id,
                                  const std::string& source_path) {
  if (!record.is_object()) return std::string("record is ") + json_type(record) + ", not a JSON object";
  const nlohmann::json* text = nullptr;
  const char* empty_field = nullptr;
  for (const char* name : {"text", "body", "content", "article", "html"}) {
    auto it = record.find(name);
    if (it == record.end() || it->is_null()) continue;
    if (!it->is_string()) return std::string("field \"") + name + "\" is " + json_type(*it) + ", not a string";
    if (it->get_ref<const std::string&>().empty()) { if (!empty_field) empty_field = name; continue; }
    text = &*it;
    break;
  }
  if (!text) {
    if (empty_field) return std::string("field \"") + empty_field + "\" is empty";
    return std::string("record has no text field (text, body, content, article or html)");
  }
  RawArticle article;
  article.source_path = source_path;
  article.source_id = fallback_id;
  if (auto it = record.find("id"); it != record.end() && !it->is_null()) {
    if (it->is_string()) {
      if (!it->get_ref<const std::string&>().empty()) article.source_id = it->get<std::string>();
    } else if (it->is_number()) {
      article.source_id = it->dump();
    } else {
      return std::string("field \"id\" is ") + json_type(*it) + ", not a string or number";
    }
  }
  if (const auto cp = util::forbidden_code_point(article.source_id))
    return "field \"id\" holds " + util::code_point_name(*cp) +
           ", a control character or non-character, which no IRI may hold; give the record an id without it";
  article.title = string_field(record, {"title", "headline"});
  article.published = iso_date(string_field(record, {"published", "date", "datePublished", "published_at"}));
  article.language = string_field(record, {"lang", "language"});
  article.url = string_field(record, {"url", "link"});
  // An address with a control character, a non-character or a space is no xsd:anyURI: left out.
  if (article.url && (util::forbidden_code_point(*article.url) || article.url->find(' ') != std::string::npos))
    article.url.reset();
  article.bytes = text->get<std::string>();
  article.sha256 = util::sha256_hex(article.bytes);
  article.format = detect_format(article.bytes, "");
  if (article.format == SourceFormat::Json || article.format == SourceFormat::JsonLines)
    article.format = SourceFormat::PlainText;
  return article;
}


std::string json_failure(const std::exception& error) {
  // The library's words without its "[json.exception.out_of_range.406] " prefix.
  const std::string what = error.what();
  const std::size_t cut = what.find("] ");
  return "unreadable JSON value (" + (cut == std::string::npos ? what : what.substr(cut + 2)) + ")";
}

RecordArticle article_from_json_line(std::string_view line, bool last, const std::string& fallback_id,
                                     const std::string& source_path) {
  nlohmann::json record;
  try {
    record = nlohmann::json::parse(line);
  } catch (const nlohmann::json::parse_error& error) {
    if (last) return std::string("truncated or invalid JSON (the last line, without a newline at its end)");
    return "invalid JSON (at byte " + std::to_string(error.byte) + " of the line)";
  } catch (const nlohmann::json::exception& error) {
    return json_failure(error);  // a number like 1e400: this record only
  }
  try {
    return article_from_record(record, fallback_id, source_path);
  } catch (const nlohmann::json::exception& error) {
    return json_failure(error);
  }
}

}  // namespace dealgraph::ingest
