#include "CCurlShim.h"
#include <curl/curl.h>
#include <string.h>
#include <strings.h>
#include <pthread.h>

#define OKX_TRY(call) do { CURLcode _rc = (call); if (_rc != CURLE_OK) return _rc; } while (0)

static pthread_once_t okx_once = PTHREAD_ONCE_INIT;
static CURLcode okx_init_result = CURLE_OK;

static void okx_do_global_init(void) {
    okx_init_result = curl_global_init(CURL_GLOBAL_ALL);
}

int okx_curl_global_init(void) {
    pthread_once(&okx_once, okx_do_global_init);
    return (int)okx_init_result;
}

const char *okx_curl_version_string(void) {
    return curl_version_info(CURLVERSION_NOW)->version;
}

int okx_curl_supports_http2(void) {
    return (curl_version_info(CURLVERSION_NOW)->features & CURL_VERSION_HTTP2) != 0;
}

int okx_curl_supports_protocol(const char *name) {
    const char *const *p = curl_version_info(CURLVERSION_NOW)->protocols;
    for (; p && *p; p++) {
        if (strcasecmp(*p, name) == 0) return 1;
    }
    return 0;
}

const char *okx_curl_strerror(int code) { return curl_easy_strerror((CURLcode)code); }

static int okx_contains(const char *text, const char *needle) {
    return text != NULL && strstr(text, needle) != NULL;
}

okx_failure_kind okx_curl_classify(int code, const char *error_buffer) {
    switch ((CURLcode)code) {
    case CURLE_OK: return OKX_FAIL_NONE;
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY: return OKX_FAIL_DNS;
    case CURLE_COULDNT_CONNECT: return OKX_FAIL_CONNECT;
    case CURLE_OPERATION_TIMEDOUT: return OKX_FAIL_TIMEOUT;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_ENGINE_NOTFOUND:
    case CURLE_SSL_ENGINE_SETFAILED:
    case CURLE_SSL_ENGINE_INITFAILED:
    case CURLE_SSL_CRL_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_INVALIDCERTSTATUS:
    case CURLE_SSL_SHUTDOWN_FAILED:
    case CURLE_USE_SSL_FAILED: return OKX_FAIL_TLS;
    case CURLE_RECV_ERROR:
        /* curl 7.88 reports too many header bytes in all as a receive error. */
        if (okx_contains(error_buffer, "Too large response headers") || okx_contains(error_buffer, "Header size exceeded"))
            return OKX_FAIL_HEADER_TOO_LARGE;
        return OKX_FAIL_CONNECTION_LOST;
    case CURLE_GOT_NOTHING:
    case CURLE_SEND_ERROR:
    case CURLE_PARTIAL_FILE:
    case CURLE_HTTP2_STREAM:
    case CURLE_HTTP2: return OKX_FAIL_CONNECTION_LOST;
    case CURLE_WRITE_ERROR:
    case CURLE_FILESIZE_EXCEEDED: return OKX_FAIL_TOO_LARGE;
    case CURLE_ABORTED_BY_CALLBACK: return OKX_FAIL_ABORTED;
    case CURLE_UNSUPPORTED_PROTOCOL:
        /* The same code for "Received HTTP/0.9 when not allowed" and "Unsupported HTTP version
           in response" (the server's fault) as for a URL scheme libcurl lacks (ours). */
        if (okx_contains(error_buffer, "HTTP/0.9") || okx_contains(error_buffer, "HTTP version"))
            return OKX_FAIL_INVALID_RESPONSE;
        return OKX_FAIL_BAD_URL;
    case CURLE_URL_MALFORMAT: return OKX_FAIL_BAD_URL;
    case CURLE_WEIRD_SERVER_REPLY:
    case CURLE_BAD_CONTENT_ENCODING: return OKX_FAIL_INVALID_RESPONSE;
    case CURLE_OUT_OF_MEMORY:
        /* Before 8.6 a header line over CURL_MAX_HTTP_HEADER ends the transfer as "out of memory"
           ("Avoided giant realloc for header"), usually with an empty error buffer. A process
           that really ran out of memory would not get this far, so a transfer that fails so
           is taken to have met an oversized header unless libcurl said something else. */
        if (error_buffer == NULL || error_buffer[0] == '\0' || okx_contains(error_buffer, "giant realloc")
            || okx_contains(error_buffer, "Header size exceeded") || okx_contains(error_buffer, "header"))
            return OKX_FAIL_HEADER_TOO_LARGE;
        return OKX_FAIL_OUT_OF_MEMORY;
    case 100: /* CURLE_TOO_LARGE (8.6+): a header or another size-limited field grew too large. */
        return OKX_FAIL_HEADER_TOO_LARGE;
    default: return OKX_FAIL_OTHER;
    }
}

okx_easy *okx_easy_init(void) { return (okx_easy *)curl_easy_init(); }
void okx_easy_cleanup(okx_easy *easy) { curl_easy_cleanup((CURL *)easy); }

int okx_easy_set_url(okx_easy *easy, const char *url) {
    return curl_easy_setopt((CURL *)easy, CURLOPT_URL, url);
}

int okx_easy_set_method(okx_easy *easy, const char *method) {
    CURL *e = (CURL *)easy;
    /* Handles are reused without a reset: clear what another method may have left. */
    if (strcmp(method, "GET") == 0) {
        curl_easy_setopt(e, CURLOPT_CUSTOMREQUEST, (char *)NULL);
        return curl_easy_setopt(e, CURLOPT_HTTPGET, 1L);
    }
    if (strcmp(method, "POST") == 0) {
        curl_easy_setopt(e, CURLOPT_CUSTOMREQUEST, (char *)NULL);
        return curl_easy_setopt(e, CURLOPT_POST, 1L);
    }
    return curl_easy_setopt(e, CURLOPT_CUSTOMREQUEST, method);
}

int okx_easy_set_post_body(okx_easy *easy, const char *bytes, int64_t length) {
    CURL *e = (CURL *)easy;
    CURLcode rc = curl_easy_setopt(e, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)length);
    if (rc != CURLE_OK) return rc;
    // Not COPYPOSTFIELDS: the Swift side keeps the bytes alive for the whole transfer.
    return curl_easy_setopt(e, CURLOPT_POSTFIELDS, bytes);
}

static size_t okx_upload_read(char *buffer, size_t size, size_t count, void *user) {
    okx_upload *upload = (okx_upload *)user;
    int64_t left = upload->length - upload->offset;
    size_t room = size * count;
    size_t n = left < (int64_t)room ? (size_t)left : room;
    if (n > 0) memcpy(buffer, upload->bytes + upload->offset, n);
    upload->offset += (int64_t)n;
    return n;
}

/* libcurl rewinds a body for one reason here: to send the whole request again on a new
   connection after a reused one died with no answer. The server may already have acted on the
   first copy (an order stored, then the connection lost), so the answer is always no: the
   transfer fails with CURLE_SEND_FAIL_REWIND and the Swift side reports an unknown outcome. */
static int okx_upload_refuse_rewind(void *user, curl_off_t offset, int origin) {
    (void)user; (void)offset; (void)origin;
    return CURL_SEEKFUNC_FAIL;
}

int okx_easy_set_upload_body(okx_easy *easy, okx_upload *upload) {
    CURL *e = (CURL *)easy;
    upload->offset = 0;
    /* POSTFIELDS would win over the read callback on a handle reused from another POST. */
    OKX_TRY(curl_easy_setopt(e, CURLOPT_POSTFIELDS, (char *)NULL));
    OKX_TRY(curl_easy_setopt(e, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)upload->length));
    OKX_TRY(curl_easy_setopt(e, CURLOPT_READFUNCTION, okx_upload_read));
    OKX_TRY(curl_easy_setopt(e, CURLOPT_READDATA, upload));
    OKX_TRY(curl_easy_setopt(e, CURLOPT_SEEKFUNCTION, okx_upload_refuse_rewind));
    return curl_easy_setopt(e, CURLOPT_SEEKDATA, upload);
}

int okx_curl_is_refused_resend(int code) { return code == CURLE_SEND_FAIL_REWIND; }

int okx_easy_set_headers(okx_easy *easy, okx_slist *headers) {
    return curl_easy_setopt((CURL *)easy, CURLOPT_HTTPHEADER, (struct curl_slist *)headers);
}

int okx_easy_set_write_callback(okx_easy *easy, okx_data_callback callback, void *userdata) {
    CURLcode rc = curl_easy_setopt((CURL *)easy, CURLOPT_WRITEFUNCTION, callback);
    if (rc != CURLE_OK) return rc;
    return curl_easy_setopt((CURL *)easy, CURLOPT_WRITEDATA, userdata);
}

int okx_easy_set_header_callback(okx_easy *easy, okx_data_callback callback, void *userdata) {
    CURLcode rc = curl_easy_setopt((CURL *)easy, CURLOPT_HEADERFUNCTION, callback);
    if (rc != CURLE_OK) return rc;
    return curl_easy_setopt((CURL *)easy, CURLOPT_HEADERDATA, userdata);
}

int okx_easy_set_userdata(okx_easy *easy, void *userdata) {
    CURLcode rc = curl_easy_setopt((CURL *)easy, CURLOPT_WRITEDATA, userdata);
    if (rc != CURLE_OK) return rc;
    rc = curl_easy_setopt((CURL *)easy, CURLOPT_HEADERDATA, userdata);
    if (rc != CURLE_OK) return rc;
    return curl_easy_setopt((CURL *)easy, CURLOPT_PRIVATE, userdata);
}

int okx_easy_set_error_buffer(okx_easy *easy, char *buffer) {
    return curl_easy_setopt((CURL *)easy, CURLOPT_ERRORBUFFER, buffer);
}

size_t okx_error_buffer_size(void) { return CURL_ERROR_SIZE; }

int okx_easy_set_timeouts(okx_easy *easy, long connect_ms, long total_ms) {
    CURLcode rc = curl_easy_setopt((CURL *)easy, CURLOPT_CONNECTTIMEOUT_MS, connect_ms);
    if (rc != CURLE_OK) return rc;
    return curl_easy_setopt((CURL *)easy, CURLOPT_TIMEOUT_MS, total_ms);
}

int okx_easy_set_max_response_size(okx_easy *easy, int64_t bytes) {
    // Rejects early when Content-Length announces too much; the write callback enforces the
    // cap for chunked or lying responses.
    return curl_easy_setopt((CURL *)easy, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)bytes);
}

int okx_easy_set_proxy(okx_easy *easy, const char *proxy, const char *no_proxy) {
    /* Always set, NULL included: NULL restores libcurl's own environment handling (https_proxy,
       HTTPS_PROXY, all_proxy, no_proxy) on a handle that a loopback request left with "" (no
       proxy). Skipping NULL kept that "" and lost the environment's proxy for later requests. */
    OKX_TRY(curl_easy_setopt((CURL *)easy, CURLOPT_PROXY, proxy));
    return curl_easy_setopt((CURL *)easy, CURLOPT_NOPROXY, no_proxy);
}

int okx_easy_set_user_agent(okx_easy *easy, const char *agent) {
    return curl_easy_setopt((CURL *)easy, CURLOPT_USERAGENT, agent);
}

void *okx_easy_get_private(okx_easy *easy) {
    char *pointer = NULL;
    curl_easy_getinfo((CURL *)easy, CURLINFO_PRIVATE, &pointer);
    return pointer;
}

int okx_easy_apply_defaults(okx_easy *easy) {
    CURL *e = (CURL *)easy;
#if LIBCURL_VERSION_NUM >= 0x075500
    OKX_TRY(curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https"));
#else
    OKX_TRY(curl_easy_setopt(e, CURLOPT_PROTOCOLS, (long)(CURLPROTO_HTTP | CURLPROTO_HTTPS)));
#endif
    OKX_TRY(curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 0L));
    OKX_TRY(curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L));
    OKX_TRY(curl_easy_setopt(e, CURLOPT_SSL_VERIFYPEER, 1L));
    OKX_TRY(curl_easy_setopt(e, CURLOPT_SSL_VERIFYHOST, 2L));
    OKX_TRY(curl_easy_setopt(e, CURLOPT_TCP_NODELAY, 1L));
    OKX_TRY(curl_easy_setopt(e, CURLOPT_TCP_KEEPALIVE, 1L));
    // Accept whatever compression libcurl was built with; OKX gzips large lists.
    OKX_TRY(curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, ""));
    if (okx_curl_supports_http2()) {
        OKX_TRY(curl_easy_setopt(e, CURLOPT_HTTP_VERSION, (long)CURL_HTTP_VERSION_2TLS));
        // Wait for an existing connection to announce multiplexing instead of opening more.
        OKX_TRY(curl_easy_setopt(e, CURLOPT_PIPEWAIT, 1L));
    }
    return CURLE_OK;
}

long okx_easy_response_code(okx_easy *easy) {
    long code = 0;
    curl_easy_getinfo((CURL *)easy, CURLINFO_RESPONSE_CODE, &code);
    return code;
}

long okx_easy_request_size(okx_easy *easy) {
    long size = 0;
    curl_easy_getinfo((CURL *)easy, CURLINFO_REQUEST_SIZE, &size);
    return size;
}

okx_slist *okx_slist_append(okx_slist *list, const char *line) {
    return (okx_slist *)curl_slist_append((struct curl_slist *)list, line);
}

void okx_slist_free_all(okx_slist *list) { curl_slist_free_all((struct curl_slist *)list); }

okx_multi *okx_multi_init(void) {
    CURLM *m = curl_multi_init();
    if (m) curl_multi_setopt(m, CURLMOPT_PIPELINING, (long)CURLPIPE_MULTIPLEX);
    return (okx_multi *)m;
}

int okx_multi_cleanup(okx_multi *multi) { return curl_multi_cleanup((CURLM *)multi); }
int okx_multi_add(okx_multi *multi, okx_easy *easy) {
    return curl_multi_add_handle((CURLM *)multi, (CURL *)easy);
}
int okx_multi_remove(okx_multi *multi, okx_easy *easy) {
    return curl_multi_remove_handle((CURLM *)multi, (CURL *)easy);
}
int okx_multi_perform(okx_multi *multi, int *running) {
    return curl_multi_perform((CURLM *)multi, running);
}
int okx_multi_poll(okx_multi *multi, int timeout_ms) {
    int numfds = 0;
    return curl_multi_poll((CURLM *)multi, NULL, 0, timeout_ms, &numfds);
}
int okx_multi_wakeup(okx_multi *multi) { return curl_multi_wakeup((CURLM *)multi); }

int okx_multi_set_max_host_connections(okx_multi *multi, long count) {
    return curl_multi_setopt((CURLM *)multi, CURLMOPT_MAX_HOST_CONNECTIONS, count);
}

int okx_multi_next_done(okx_multi *multi, okx_easy **easy, int *result) {
    int queued = 0;
    CURLMsg *msg;
    while ((msg = curl_multi_info_read((CURLM *)multi, &queued)) != NULL) {
        if (msg->msg == CURLMSG_DONE) {
            *easy = (okx_easy *)msg->easy_handle;
            *result = (int)msg->data.result;
            return 1;
        }
    }
    return 0;
}
