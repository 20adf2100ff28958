#include "CCurlShim.h"
#include <curl/curl.h>
#include <string.h>
#include <strings.h>
#include <pthread.h>
#include <stdlib.h>
#include <errno.h>
#include <time.h>
#include <unistd.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>

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

// MARK: header lists

struct okx_headers {
    char *bytes;
    size_t capacity;
    struct curl_slist *nodes;
    int node_capacity;
};

okx_headers *okx_headers_create(void) { return (okx_headers *)calloc(1, sizeof(okx_headers)); }

void okx_headers_destroy(okx_headers *headers) {
    if (headers == NULL) return;
    free(headers->bytes);
    free(headers->nodes);
    free(headers);
}

okx_slist *okx_headers_set(okx_headers *headers, const char *lines, size_t length, int count) {
    if (count <= 0 || length == 0) return NULL;
    if (length > headers->capacity) {
        char *grown = (char *)realloc(headers->bytes, length);
        if (grown == NULL) return NULL;
        headers->bytes = grown;
        headers->capacity = length;
    }
    if (count > headers->node_capacity) {
        struct curl_slist *grown = (struct curl_slist *)realloc(headers->nodes, sizeof(struct curl_slist) * (size_t)count);
        if (grown == NULL) return NULL;
        headers->nodes = grown;
        headers->node_capacity = count;
    }
    memcpy(headers->bytes, lines, length);
    char *line = headers->bytes;
    const char *end = headers->bytes + length;
    for (int i = 0; i < count; i++) {
        // Every line must end inside the buffer: a malformed call gets NULL, never a read past it.
        char *nul = (char *)memchr(line, '\0', (size_t)(end - line));
        if (nul == NULL) return NULL;
        headers->nodes[i].data = line;
        headers->nodes[i].next = i + 1 < count ? &headers->nodes[i + 1] : NULL;
        line = nul + 1;
        if (line >= end && i + 1 < count) return NULL;
    }
    return (okx_slist *)headers->nodes;
}

// MARK: the event loop

struct okx_loop {
    CURLM *multi;
    pthread_mutex_t lock;
    int epoll_fd;
    int wake_fd;
    int64_t deadline;    // CLOCK_MONOTONIC ns at which curl wants CURL_SOCKET_TIMEOUT; -1 for none
    int waiting;         // the loop thread is in, or about to enter, okx_loop_wait
    int64_t wait_until;  // when that wait ends by itself
    int ready_count;
    struct epoll_event ready[64];
};

static int64_t okx_now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static int okx_socket_changed(CURL *easy, curl_socket_t socket, int what, void *user, void *socket_user) {
    (void)easy; (void)socket_user;
    okx_loop *loop = (okx_loop *)user;
    if (what == CURL_POLL_REMOVE) {
        // May fail when curl already closed the socket (closing removes it from epoll): fine.
        epoll_ctl(loop->epoll_fd, EPOLL_CTL_DEL, socket, NULL);
        return 0;
    }
    struct epoll_event event;
    memset(&event, 0, sizeof event);
    event.events = ((what & CURL_POLL_IN) ? EPOLLIN : 0) | ((what & CURL_POLL_OUT) ? EPOLLOUT : 0);
    event.data.fd = socket;
    if (epoll_ctl(loop->epoll_fd, EPOLL_CTL_MOD, socket, &event) != 0 && errno == ENOENT)
        epoll_ctl(loop->epoll_fd, EPOLL_CTL_ADD, socket, &event);
    return 0;
}

/* Runs curl's due timers. Before it, the deadline is forgotten: a timeout action makes curl
   forget the timer it last reported, and when the action leaves no timer at all curl reports
   nothing (7.88's Curl_update_timer only tells of "no timer" when it had told of one). Kept, the
   old, passed deadline would make the loop wait 0 ms again and again (a busy loop until the next
   transfer sets a timer). Any timer left is reported during the call and sets it anew. */
static void okx_run_timers(okx_loop *loop) {
    int running = 0;
    loop->deadline = -1;
    curl_multi_socket_action(loop->multi, CURL_SOCKET_TIMEOUT, 0, &running);
}

static int okx_timer_changed(CURLM *multi, long timeout_ms, void *user) {
    (void)multi;
    okx_loop *loop = (okx_loop *)user;
    loop->deadline = timeout_ms < 0 ? -1 : okx_now_ns() + (int64_t)timeout_ms * 1000000;
    return 0;
}

okx_loop *okx_loop_create(void) {
    okx_loop *loop = (okx_loop *)calloc(1, sizeof(okx_loop));
    if (loop == NULL) return NULL;
    loop->deadline = -1;
    loop->epoll_fd = epoll_create1(EPOLL_CLOEXEC);
    loop->wake_fd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    loop->multi = curl_multi_init();
    if (loop->epoll_fd < 0 || loop->wake_fd < 0 || loop->multi == NULL || pthread_mutex_init(&loop->lock, NULL) != 0) {
        if (loop->multi) curl_multi_cleanup(loop->multi);
        if (loop->epoll_fd >= 0) close(loop->epoll_fd);
        if (loop->wake_fd >= 0) close(loop->wake_fd);
        free(loop);
        return NULL;
    }
    struct epoll_event event;
    memset(&event, 0, sizeof event);
    event.events = EPOLLIN;
    event.data.fd = loop->wake_fd;
    epoll_ctl(loop->epoll_fd, EPOLL_CTL_ADD, loop->wake_fd, &event);
    curl_multi_setopt(loop->multi, CURLMOPT_PIPELINING, (long)CURLPIPE_MULTIPLEX);
    curl_multi_setopt(loop->multi, CURLMOPT_SOCKETFUNCTION, okx_socket_changed);
    curl_multi_setopt(loop->multi, CURLMOPT_SOCKETDATA, loop);
    curl_multi_setopt(loop->multi, CURLMOPT_TIMERFUNCTION, okx_timer_changed);
    curl_multi_setopt(loop->multi, CURLMOPT_TIMERDATA, loop);
    return loop;
}

void okx_loop_close_multi(okx_loop *loop) {
    if (loop->multi != NULL) curl_multi_cleanup(loop->multi);
    loop->multi = NULL;
}

void okx_loop_destroy(okx_loop *loop) {
    if (loop == NULL) return;
    okx_loop_close_multi(loop);
    close(loop->epoll_fd);
    close(loop->wake_fd);
    pthread_mutex_destroy(&loop->lock);
    free(loop);
}

okx_multi *okx_loop_multi(okx_loop *loop) { return (okx_multi *)loop->multi; }
void okx_loop_lock(okx_loop *loop) { pthread_mutex_lock(&loop->lock); }
void okx_loop_unlock(okx_loop *loop) { pthread_mutex_unlock(&loop->lock); }

void okx_loop_wakeup(okx_loop *loop) {
    uint64_t one = 1;
    ssize_t written = write(loop->wake_fd, &one, sizeof one);
    (void)written;  // EAGAIN: the counter is already non-zero, so the loop wakes anyway
}

int okx_loop_add(okx_loop *loop, okx_easy *easy) {
    CURLMcode rc = curl_multi_add_handle(loop->multi, (CURL *)easy);
    if (rc != CURLM_OK) return (int)rc;
    // Adding set a timer that is already due: run it here, on the caller's thread, so the
    // request is written now instead of when the loop thread gets round to it.
    okx_run_timers(loop);
    return 0;
}

void okx_loop_notify(okx_loop *loop) {
    // The loop thread sleeps until its own deadline; wake it only if curl now wants it earlier.
    // Any curl call may move curl's timer: adding (a connect in progress, a resolver timer),
    // but also removing a finished or cancelled transfer, which hands its connection to a
    // transfer that was queued for one (CURLMOPT_MAX_HOST_CONNECTIONS) and makes that one due
    // now. Sockets need no wake: epoll_wait sees descriptors added while it sleeps.
    if (loop->waiting && loop->deadline >= 0 && loop->deadline < loop->wait_until) {
        loop->waiting = 0;
        okx_loop_wakeup(loop);
    }
}

int okx_loop_remove(okx_loop *loop, okx_easy *easy) {
    return (int)curl_multi_remove_handle(loop->multi, (CURL *)easy);
}

int okx_loop_prepare_wait(okx_loop *loop, int max_ms) {
    int64_t now = okx_now_ns();
    int ms = max_ms;
    if (loop->deadline >= 0) {
        int64_t left = loop->deadline - now;
        if (left <= 0) {
            ms = 0;
        } else {
            int64_t rounded = (left + 999999) / 1000000;
            if (rounded < ms) ms = (int)rounded;
        }
    }
    loop->waiting = ms > 0;
    loop->wait_until = now + (int64_t)ms * 1000000;
    return ms;
}

int okx_loop_wait(okx_loop *loop, int timeout_ms) {
    int n = epoll_wait(loop->epoll_fd, loop->ready, 64, timeout_ms);
    if (n < 0) n = 0;  // EINTR: the caller loops anyway
    int kept = 0;
    for (int i = 0; i < n; i++) {
        if (loop->ready[i].data.fd == loop->wake_fd) {
            uint64_t value;
            ssize_t got = read(loop->wake_fd, &value, sizeof value);
            (void)got;
        } else {
            loop->ready[kept++] = loop->ready[i];
        }
    }
    loop->ready_count = kept;
    return kept;
}

void okx_loop_dispatch(okx_loop *loop) {
    loop->waiting = 0;
    int running = 0;
    for (int i = 0; i < loop->ready_count; i++) {
        uint32_t events = loop->ready[i].events;
        int mask = ((events & (EPOLLIN | EPOLLHUP | EPOLLRDHUP)) ? CURL_CSELECT_IN : 0)
                 | ((events & EPOLLOUT) ? CURL_CSELECT_OUT : 0)
                 | ((events & EPOLLERR) ? CURL_CSELECT_ERR : 0);
        curl_multi_socket_action(loop->multi, loop->ready[i].data.fd, mask, &running);
    }
    loop->ready_count = 0;
    if (loop->deadline >= 0 && loop->deadline <= okx_now_ns()) okx_run_timers(loop);
}
