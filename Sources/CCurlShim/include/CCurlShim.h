// The C surface swift-okx uses from libcurl. This header deliberately does not include
// <curl/curl.h>: Swift sees opaque handles and fixed-signature functions only, because the
// variadic curl_easy_setopt cannot be called from Swift and because curl's macros and
// deprecation attributes should not leak into Swift's view of the world.
#ifndef OKX_CCURLSHIM_H
#define OKX_CCURLSHIM_H

#include <stddef.h>
#include <stdint.h>

typedef struct okx_easy okx_easy;     // really a CURL *
typedef struct okx_multi okx_multi;   // really a CURLM *
typedef struct okx_slist okx_slist;   // really a struct curl_slist *

/// Why a transfer failed, in the categories the Swift side reports.
typedef enum {
    OKX_FAIL_NONE = 0,
    OKX_FAIL_DNS,
    OKX_FAIL_CONNECT,
    OKX_FAIL_TLS,
    OKX_FAIL_TIMEOUT,
    OKX_FAIL_CONNECTION_LOST,
    OKX_FAIL_TOO_LARGE,
    OKX_FAIL_ABORTED,
    OKX_FAIL_BAD_URL,            // the URL: malformed, or a scheme libcurl lacks
    OKX_FAIL_INVALID_RESPONSE,   // the server: HTTP/0.9, a bad status line, undecodable Content-Encoding
    OKX_FAIL_HEADER_TOO_LARGE,   // the server: response headers over libcurl's limits
    OKX_FAIL_OUT_OF_MEMORY,
    OKX_FAIL_OTHER,
} okx_failure_kind;

typedef size_t (*okx_data_callback)(char *data, size_t size, size_t count, void *userdata);

// Process-wide initialisation; safe to call many times, only the first call does work.
int okx_curl_global_init(void);

// Feature probes: the libcurl found at run time may differ from the one built against.
const char *okx_curl_version_string(void);
int okx_curl_supports_http2(void);
int okx_curl_supports_protocol(const char *name);
const char *okx_curl_strerror(int code);
// `error_buffer` is the transfer's CURLOPT_ERRORBUFFER text (may be empty or NULL): some codes
// stand for several causes that only libcurl's message tells apart.
okx_failure_kind okx_curl_classify(int code, const char *error_buffer);

// Easy handles.
okx_easy *okx_easy_init(void);
void okx_easy_cleanup(okx_easy *easy);

int okx_easy_set_url(okx_easy *easy, const char *url);
int okx_easy_set_method(okx_easy *easy, const char *method);
int okx_easy_set_post_body(okx_easy *easy, const char *bytes, int64_t length);

/// A request body handed to libcurl through a read callback, so that libcurl cannot send it a
/// second time on its own (see okx_easy_set_upload_body). The caller keeps it and `bytes` alive
/// until the transfer is done.
typedef struct okx_upload {
    const char *bytes;
    int64_t length;
    int64_t offset;
} okx_upload;

// Sends `upload` as the body. libcurl silently repeats a request whose reused connection died
// before any answer; a body it cannot rewind makes that repeat fail with CURLE_SEND_FAIL_REWIND
// instead, so a POST reaches the server at most once per transfer.
int okx_easy_set_upload_body(okx_easy *easy, okx_upload *upload);
// Whether `code` is libcurl refusing to send a body again after the connection died.
int okx_curl_is_refused_resend(int code);
int okx_easy_set_headers(okx_easy *easy, okx_slist *headers);
int okx_easy_set_write_callback(okx_easy *easy, okx_data_callback callback, void *userdata);
int okx_easy_set_header_callback(okx_easy *easy, okx_data_callback callback, void *userdata);
// Points the write and header callbacks at this transfer (they were installed once per handle).
int okx_easy_set_userdata(okx_easy *easy, void *userdata);
int okx_easy_set_error_buffer(okx_easy *easy, char *buffer);  // at least okx_error_buffer_size bytes
int okx_easy_set_timeouts(okx_easy *easy, long connect_ms, long total_ms);
int okx_easy_set_max_response_size(okx_easy *easy, int64_t bytes);
int okx_easy_set_proxy(okx_easy *easy, const char *proxy, const char *no_proxy);
int okx_easy_set_user_agent(okx_easy *easy, const char *agent);
// The transfer okx_easy_set_userdata stored as CURLOPT_PRIVATE.
void *okx_easy_get_private(okx_easy *easy);
// Options every swift-okx transfer gets: http/https only, no redirects, no signals,
// TLS peer and host verification on, HTTP/2 where the server offers it, keep-alive.
int okx_easy_apply_defaults(okx_easy *easy);

long okx_easy_response_code(okx_easy *easy);
// Bytes of request (headers and body) written to the socket; 0 means nothing left this host.
long okx_easy_request_size(okx_easy *easy);
size_t okx_error_buffer_size(void);

okx_slist *okx_slist_append(okx_slist *list, const char *line);
void okx_slist_free_all(okx_slist *list);

// Multi handle.
okx_multi *okx_multi_init(void);
int okx_multi_cleanup(okx_multi *multi);
int okx_multi_add(okx_multi *multi, okx_easy *easy);
int okx_multi_remove(okx_multi *multi, okx_easy *easy);
int okx_multi_perform(okx_multi *multi, int *running);
int okx_multi_poll(okx_multi *multi, int timeout_ms);
int okx_multi_wakeup(okx_multi *multi);
int okx_multi_set_max_host_connections(okx_multi *multi, long count);
// Reads one finished transfer; returns 1 and fills `easy` and `result` when there was one.
int okx_multi_next_done(okx_multi *multi, okx_easy **easy, int *result);

// Header lists without a malloc per line: `okx_headers` keeps one byte arena and an array of
// curl_slist nodes pointing into it, both reused request after request by the same handle slot.
// libcurl only reads a CURLOPT_HTTPHEADER list (it never frees or keeps it past the transfer),
// so nodes it did not allocate are fine; curl_slist_append cost a malloc and a strdup per line.
typedef struct okx_headers okx_headers;
okx_headers *okx_headers_create(void);
void okx_headers_destroy(okx_headers *headers);
// `lines` holds `count` NUL-terminated lines back to back (`length` bytes in all). Returns the
// list to hand to okx_easy_set_headers, valid until the next call or destroy; NULL when out of memory.
okx_slist *okx_headers_set(okx_headers *headers, const char *lines, size_t length, int count);

// The event loop: one multi handle driven through curl's socket API (curl_multi_socket_action)
// and epoll, guarded by one mutex so that any thread may start a transfer itself.
//
// Why: with curl_multi_poll only the thread sleeping in it may touch the multi handle, so a
// caller had to post its transfer to that thread and wake it (a syscall and a context switch
// before the request even left). With the socket API the loop thread sleeps in epoll_wait
// *outside* the lock, and the caller adds its handle and sends the request on its own thread
// (okx_loop_add); the loop thread only wakes when a socket is ready or a timer is due.
//
// All functions but okx_loop_wait and okx_loop_wakeup must be called with the lock held.
typedef struct okx_loop okx_loop;
okx_loop *okx_loop_create(void);
// Lock held: cleans up the multi handle (closing its connections); nothing may be added after.
void okx_loop_close_multi(okx_loop *loop);
// Frees the loop (and the multi handle if still open); no other thread may use it any more.
void okx_loop_destroy(okx_loop *loop);
okx_multi *okx_loop_multi(okx_loop *loop);
void okx_loop_lock(okx_loop *loop);
void okx_loop_unlock(okx_loop *loop);
// Adds `easy` and drives it as far as it goes without blocking (on a reused connection, the
// request is written).
int okx_loop_add(okx_loop *loop, okx_easy *easy);
int okx_loop_remove(okx_loop *loop, okx_easy *easy);
// Lock held, on a thread other than the loop's, after its curl calls: wakes the loop thread
// only when curl's timer now falls before the end of the loop's planned sleep.
void okx_loop_notify(okx_loop *loop);
// Loop thread, lock held: returns the milliseconds to sleep (capped at `max_ms`) and marks the
// loop as about to wait, so that okx_loop_notify knows whether it must wake it.
int okx_loop_prepare_wait(okx_loop *loop, int max_ms);
// Loop thread, lock NOT held: sleeps in epoll_wait until a socket is ready, the timeout passes
// or okx_loop_wakeup; the ready sockets are kept for okx_loop_dispatch.
int okx_loop_wait(okx_loop *loop, int timeout_ms);
// Loop thread, lock held: hands the sockets okx_loop_wait saw, and any due timer, to curl.
void okx_loop_dispatch(okx_loop *loop);
// Any thread, no lock needed: makes okx_loop_wait return.
void okx_loop_wakeup(okx_loop *loop);

#endif
