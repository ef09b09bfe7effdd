// HTTP PUT with libcurl: TLS, redirects within the origin, basic and digest authentication (basic
// over http only when asked for by name), a netrc file.
#include <curl/curl.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <mutex>
#include <optional>
#include <string>

#include "dealgraph/push.hpp"

namespace dealgraph {
namespace {

constexpr std::size_t kMaxBodyKept = 4096;

constexpr long kMaxRedirects = 10;

// The state of one request, filled by the header callback.
struct Response {
  HttpResult result;
  bool basic_offered = false;   // a WWW-Authenticate: Basic challenge in the last response
  bool digest_offered = false;  // ... Digest
};

struct Upload {
  const std::string* body = nullptr;
  std::size_t position = 0;
};

size_t read_body(char* buffer, size_t size, size_t count, void* data) {
  auto* upload = static_cast<Upload*>(data);
  const std::size_t left = upload->body->size() - upload->position;
  const std::size_t n = std::min(left, size * count);
  std::copy_n(upload->body->data() + upload->position, n, buffer);
  upload->position += n;
  return n;
}

int seek_body(void* data, curl_off_t offset, int origin) {
  auto* upload = static_cast<Upload*>(data);
  if (origin != SEEK_SET || offset < 0 || static_cast<std::size_t>(offset) > upload->body->size())
    return CURL_SEEKFUNC_CANTSEEK;
  upload->position = static_cast<std::size_t>(offset);
  return CURL_SEEKFUNC_OK;
}

size_t keep_body(char* data, size_t size, size_t count, void* out) {
  auto* body = static_cast<std::string*>(out);
  const std::size_t n = size * count;
  if (body->size() < kMaxBodyKept) body->append(data, std::min(n, kMaxBodyKept - body->size()));
  return n;
}

std::string lower_case(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
  return text;
}

size_t read_header(char* data, size_t size, size_t count, void* out) {
  auto* response = static_cast<Response*>(out);
  HttpResult* result = &response->result;
  const std::size_t n = size * count;
  std::string line(data, n);
  if (line.rfind("HTTP/", 0) == 0) {  // a new response (after a redirect or a 401): forget the last one's
    result->retry_after_seconds.reset();
    result->body.clear();
    response->basic_offered = response->digest_offered = false;
    return n;
  }
  const std::string lower = lower_case(line.substr(0, std::min<std::size_t>(line.size(), 40)));
  if (lower.rfind("www-authenticate:", 0) == 0) {
    const std::size_t start = lower.find_first_not_of(" \t", 17);
    const std::string scheme = start == std::string::npos ? std::string() : lower.substr(start);
    response->basic_offered |= scheme.rfind("basic", 0) == 0;
    response->digest_offered |= scheme.rfind("digest", 0) == 0;
  }
  if (lower.rfind("retry-after:", 0) == 0) {
    std::size_t i = 12;
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    std::size_t j = i;
    while (j < line.size() && std::isdigit(static_cast<unsigned char>(line[j]))) ++j;
    if (j > i && j - i < 9) result->retry_after_seconds = std::stol(line.substr(i, j - i));
  }
  return n;
}

// The scheme, host and port of a URL (the port filled in for the scheme), lower case; nullopt
// when it does not parse.
std::optional<std::string> origin_of(const std::string& url) {
  CURLU* parsed = curl_url();
  std::optional<std::string> origin;
  if (parsed && curl_url_set(parsed, CURLUPART_URL, url.c_str(), 0) == CURLUE_OK) {
    char* parts[3] = {nullptr, nullptr, nullptr};
    const CURLUPart names[3] = {CURLUPART_SCHEME, CURLUPART_HOST, CURLUPART_PORT};
    bool complete = true;
    for (int i = 0; i < 3; ++i) complete &= curl_url_get(parsed, names[i], &parts[i], CURLU_DEFAULT_PORT) == CURLUE_OK;
    if (complete) origin = lower_case(std::string(parts[0]) + "://" + parts[1] + ":" + parts[2]);
    for (char* part : parts) curl_free(part);
  }
  curl_url_cleanup(parsed);
  return origin;
}

bool is_https(const std::string& url) { return lower_case(url.substr(0, 8)) == "https://"; }

bool transient_code(CURLcode code) {
  switch (code) {
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
    case CURLE_COULDNT_CONNECT:
    case CURLE_OPERATION_TIMEDOUT:
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_PARTIAL_FILE:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_AGAIN:
      return true;
    default:
      return false;
  }
}

class CurlClient : public HttpClient {
 public:
  explicit CurlClient(const HttpSettings& settings) : settings_(settings) {
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    curl_ = curl_easy_init();
    if (!curl_) throw PushError("cannot start libcurl");
    headers_ = curl_slist_append(headers_, "Content-Type: text/turtle");
  }
  ~CurlClient() override {
    curl_slist_free_all(headers_);
    curl_easy_cleanup(curl_);
  }
  CurlClient(const CurlClient&) = delete;
  CurlClient& operator=(const CurlClient&) = delete;

  HttpResult put(const std::string& url, const std::string& content_type, const std::string& body) override {
    if (content_type != content_type_) {
      curl_slist_free_all(headers_);
      headers_ = curl_slist_append(nullptr, ("Content-Type: " + content_type).c_str());
      content_type_ = content_type;
    }
    // Redirects are followed here, not by libcurl, so that each can be checked first: one to
    // another origin (a port, a host, https to http) could send the data, and with basic
    // authentication the password, where the user did not say.
    const std::optional<std::string> origin = origin_of(url);
    std::string target = url;
    for (long redirects = 0;; ++redirects) {
      HttpResult result = put_once(target, body);
      if (result.status < 300 || result.status > 399) return result;
      char* location = nullptr;
      curl_easy_getinfo(curl_, CURLINFO_REDIRECT_URL, &location);
      if (!location) return result;
      const std::string next = location;
      if (result.status == 303)
        // A 303 would turn the PUT into a GET that "succeeds" without storing anything.
        return failure("the store redirected the PUT with HTTP 303 See Other to " + printable(next) +
                       ": give the endpoint URL the redirect leads to");
      if (!origin || origin_of(next) != origin)
        return failure("the store redirected the PUT to " + printable(next) + ", " +
                       (is_https(url) && !is_https(next) ? "from https to http"
                                                         : "another origin (scheme, host or port)") +
                       ": not followed, so that neither the data nor a password goes where the endpoint does not say; "
                       "if that is the store, give it (without ?graph=...) as --endpoint");
      if (redirects == kMaxRedirects) return failure("more than 10 redirects from " + printable(url));
      target = next;
    }
  }

 private:
  static HttpResult failure(std::string error) {
    HttpResult result;
    result.error = std::move(error);
    return result;
  }

  // Basic, digest or both, by the settings and the scheme: Any sends no Basic over http.
  long auth_methods(const std::string& url) const {
    switch (settings_.auth) {
      case HttpSettings::Auth::Basic: return CURLAUTH_BASIC;
      case HttpSettings::Auth::Digest: return CURLAUTH_DIGEST;
      case HttpSettings::Auth::Any: break;
    }
    return is_https(url) ? CURLAUTH_BASIC | CURLAUTH_DIGEST : CURLAUTH_DIGEST;
  }

  // Whether a user or password was given, or a netrc file may hold them: without, a Basic
  // challenge is an ordinary refusal.
  bool may_have_credentials() const {
    if (!settings_.user.empty() || settings_.password || !settings_.netrc_file.empty()) return true;
    const char* home = std::getenv("HOME");
    std::error_code ec;
    return home && std::filesystem::exists(std::filesystem::path(home) / ".netrc", ec);
  }

  // One PUT, no redirect followed.
  HttpResult put_once(const std::string& url, const std::string& body) {
    Response response;
    HttpResult& result = response.result;
    Upload upload{&body, 0};
    char error_buffer[CURL_ERROR_SIZE] = {0};
    CURL* c = curl_;
    curl_easy_setopt(c, CURLOPT_URL, url.c_str());
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_USERAGENT, "dealgraph/" DEALGRAPH_VERSION);
    curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(c, CURLOPT_READFUNCTION, read_body);
    curl_easy_setopt(c, CURLOPT_READDATA, &upload);
    curl_easy_setopt(c, CURLOPT_SEEKFUNCTION, seek_body);
    curl_easy_setopt(c, CURLOPT_SEEKDATA, &upload);
    curl_easy_setopt(c, CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(body.size()));
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, headers_);
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, keep_body);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, &result.body);
    curl_easy_setopt(c, CURLOPT_HEADERFUNCTION, read_header);
    curl_easy_setopt(c, CURLOPT_HEADERDATA, &response);
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, error_buffer);
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, settings_.connect_timeout_seconds);
    curl_easy_setopt(c, CURLOPT_TIMEOUT, settings_.timeout_seconds);
    // Credentials: --user, the password from the environment, else a netrc file (~/.netrc).
    curl_easy_setopt(c, CURLOPT_NETRC, static_cast<long>(CURL_NETRC_OPTIONAL));
    if (!settings_.netrc_file.empty()) curl_easy_setopt(c, CURLOPT_NETRC_FILE, settings_.netrc_file.c_str());
    if (!settings_.user.empty()) curl_easy_setopt(c, CURLOPT_USERNAME, settings_.user.c_str());
    if (settings_.password) curl_easy_setopt(c, CURLOPT_PASSWORD, settings_.password->c_str());
    curl_easy_setopt(c, CURLOPT_HTTPAUTH, auth_methods(url));
    if (!settings_.ca_file.empty()) curl_easy_setopt(c, CURLOPT_CAINFO, settings_.ca_file.c_str());
    if (settings_.insecure) {
      curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 0L);
      curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 0L);
    }

    const CURLcode code = curl_easy_perform(c);
    if (code != CURLE_OK) {
      result.status = 0;
      result.body.clear();
      result.error = printable(error_buffer[0] ? error_buffer : curl_easy_strerror(code));
      while (!result.error.empty() && (result.error.back() == '\n' || result.error.back() == ' ')) result.error.pop_back();
      result.transient_error = transient_code(code);
      result.timed_out = code == CURLE_OPERATION_TIMEDOUT;
      return result;
    }
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &result.status);
    result.basic_over_http_refused = result.status == 401 && auth_methods(url) == CURLAUTH_DIGEST &&
                                     settings_.auth == HttpSettings::Auth::Any && response.basic_offered &&
                                     !response.digest_offered && may_have_credentials();
    return result;
  }

  HttpSettings settings_;
  CURL* curl_ = nullptr;
  curl_slist* headers_ = nullptr;
  std::string content_type_ = "text/turtle";
};

}  // namespace

std::unique_ptr<HttpClient> make_curl_client(const HttpSettings& settings) {
  return std::make_unique<CurlClient>(settings);
}

}  // namespace dealgraph
