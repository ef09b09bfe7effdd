// What the text stage reads from an HTML page besides its text: the title and date in its
// <meta>, <title> and <time> tags, found by the same scanner as text::html_to_text.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

namespace dealgraph::text::detail {

// The content of the first <meta> whose property or name is one of `keys`, or empty.
std::string meta_value(std::string_view html, std::initializer_list<std::string_view> keys);

// Text of the first <tag>...</tag>, or empty.
std::string element_text(std::string_view html, std::string_view tag);

// The datetime of the first <time datetime=...>, or empty.
std::string first_time_datetime(std::string_view html);

}  // namespace dealgraph::text::detail
