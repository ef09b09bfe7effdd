// HTTP PUT with libcurl: TLS, redirects, basic and digest authentication, a netrc file.
#include <curl/curl.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <mutex>

#include "dealgraph/push.hpp"

namespace dealgraph {
namespace {

constexpr std::size_t kMaxBodyKept = 4096;

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

// "scheme://host:port" of a URL, without any user name or password: what must stay the same
// along redirects.
std::string origin_of(const std::string& url) {
  const std::size_t scheme = url.find("://");
  if (scheme == std::string::npos) return url;
  const std::size_t end = std::min(url.find_first_of("/?#", scheme + 3), url.size());
  std::string authority = url.substr(scheme + 3, end - scheme - 3);
  if (const std::size_t at = authority.rfind('@'); at != std::string::npos) authority.erase(0, at + 1);
  return url.substr(0, scheme + 3) + authority;
}

size_t keep_body(char* data, size_t size, size_t count, void* out) {
  auto* body = static_cast<std::string*>(out);
  const std::size_t n = size * count;
  if (body->size() < kMaxBodyKept) body->append(data, std::min(n, kMaxBodyKept - body->size()));
  return n;
}

size_t read_header(char* data, size_t size, size_t count, void* out) {
  auto* result = static_cast<HttpResult*>(out);
  const std::size_t n = size * count;
  std::string line(data, n);
  if (line.rfind("HTTP/", 0) == 0) {  // a new response (after a redirect or a 401): forget the last one's
    result->retry_after_seconds.reset();
    result->body.clear();
    return n;
  }
  std::string lower = line.substr(0, std::min<std::size_t>(line.size(), 12));
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
  if (lower == "retry-after:") {
    std::size_t i = 12;
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    std::size_t j = i;
    while (j < line.size() && std::isdigit(static_cast<unsigned char>(line[j]))) ++j;
    if (j > i && j - i < 9) result->retry_after_seconds = std::stol(line.substr(i, j - i));
  }
  return n;
}

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
    HttpResult result;
    Upload upload{&body, 0};
    char error_buffer[CURL_ERROR_SIZE] = {0};
    CURL* c = curl_;
    curl_easy_setopt(c, CURLOPT_URL, url.c_str());
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
    // Never from https down to http, where the data and any credentials travel in the clear.
    const bool secure = url.rfind("https://", 0) == 0;
    curl_easy_setopt(c, CURLOPT_REDIR_PROTOCOLS_STR, secure ? "https" : "http,https");
    curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 1L);
    curl_easy_setopt(c, CURLOPT_MAXREDIRS, 10L);
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
    curl_easy_setopt(c, CURLOPT_HEADERDATA, &result);
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, error_buffer);
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, settings_.connect_timeout_seconds);
    curl_easy_setopt(c, CURLOPT_TIMEOUT, settings_.timeout_seconds);
    // Credentials: --user, the password from the environment, else a netrc file (~/.netrc).
    curl_easy_setopt(c, CURLOPT_NETRC, static_cast<long>(CURL_NETRC_OPTIONAL));
    if (!settings_.netrc_file.empty()) curl_easy_setopt(c, CURLOPT_NETRC_FILE, settings_.netrc_file.c_str());
    if (!settings_.user.empty()) curl_easy_setopt(c, CURLOPT_USERNAME, settings_.user.c_str());
    if (settings_.password) curl_easy_setopt(c, CURLOPT_PASSWORD, settings_.password->c_str());
    long auth = CURLAUTH_BASIC | CURLAUTH_DIGEST;
    if (settings_.auth == HttpSettings::Auth::Basic) auth = CURLAUTH_BASIC;
    if (settings_.auth == HttpSettings::Auth::Digest) auth = CURLAUTH_DIGEST;
    curl_easy_setopt(c, CURLOPT_HTTPAUTH, auth);
    if (!settings_.ca_file.empty()) curl_easy_setopt(c, CURLOPT_CAINFO, settings_.ca_file.c_str());
    if (settings_.insecure) {
      curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 0L);
      curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 0L);
    }

    const CURLcode code = curl_easy_perform(c);
    if (code != CURLE_OK) {
      result.status = 0;
      result.body.clear();
      result.error = error_buffer[0] ? std::string(error_buffer) : std::string(curl_easy_strerror(code));
      while (!result.error.empty() && (result.error.back() == '\n' || result.error.back() == ' ')) result.error.pop_back();
      result.transient_error = transient_code(code);
      result.timed_out = code == CURLE_OPERATION_TIMEDOUT;
      return result;
    }
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &result.status);
    const char* landed = nullptr;
    if (curl_easy_getinfo(c, CURLINFO_EFFECTIVE_URL, &landed) == CURLE_OK && landed && origin_of(landed) != origin_of(url)) {
      // Another host or port is not the store the user named: never reported as stored.
      result.error = "the store redirected to another origin (" + origin_of(landed) +
                     "); if that is the store, give its URL as the endpoint";
      result.status = 0;
      result.transient_error = false;
      return result;
    }
    const char* method = nullptr;
    if (curl_easy_getinfo(c, CURLINFO_EFFECTIVE_METHOD, &method) == CURLE_OK && method && std::string(method) != "PUT") {
      // A 303 turns the PUT into a GET that "succeeds" without storing anything.
      result.error = "the store redirected the PUT to a " + std::string(method) +
                     " (HTTP 303?): give the endpoint URL the redirect leads to";
      result.status = 0;
      result.transient_error = false;
    }
    return result;
  }

 private:
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
