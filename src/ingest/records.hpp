// JSON records as articles: the objects of a JSON document or the lines of JSON Lines, each
// with its text (plain, Markdown or HTML) in one of a few known fields and optional metadata.
#pragma once

#include <exception>
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <string_view>
#include <variant>

#include "dealgraph/document.hpp"

namespace dealgraph::ingest {

// An article, or the reason a record gives none.
using RecordArticle = std::variant<RawArticle, std::string>;

// An article from one JSON object; an error message instead when it has no usable text or a
// field of the wrong type.
RecordArticle article_from_record(const nlohmann::json& record, const std::string& fallback_id,
                                  const std::string& source_path);

// The same from one line of JSON Lines; `last` says the line ends the file without a newline,
// where JSON that does not parse was most likely cut short.
RecordArticle article_from_json_line(std::string_view line, bool last, const std::string& fallback_id,
                                     const std::string& source_path);

// Why the JSON library refused a value (a number too large for a double, ...), as a skip reason.
std::string json_failure(const std::exception& error);

}  // namespace dealgraph::ingest
