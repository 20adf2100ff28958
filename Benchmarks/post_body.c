/* What handing libcurl a request body through a read callback (that refuses to rewind) costs
 * against CURLOPT_POSTFIELDS, the option it replaced in swift-okx's transport so that libcurl can
 * never resend an order by itself. Same handle reused, same body, same server.
 *   post_body postfields|readcb BASE N
 * Prints: mode requests seconds */
#include <curl/curl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static const char BODY[] = "{\"clOrdId\":\"b1234567890123456789012345678901\",\"instId\":\"BTC-USDT\",\"ordType\":\"limit\","
                           "\"px\":\"65000.1\",\"side\":\"buy\",\"sz\":\"0.01\",\"tdMode\":\"cash\"}";
typedef struct { const char *bytes; size_t length, offset; } upload;
static size_t sink(char *p, size_t s, size_t n, void *u) { (void)p; (void)u; return s * n; }
static size_t reader(char *buffer, size_t size, size_t count, void *user) {
    upload *u = user; size_t left = u->length - u->offset, room = size * count, n = left < room ? left : room;
    memcpy(buffer, u->bytes + u->offset, n); u->offset += n; return n;
}
static int refuse(void *user, curl_off_t offset, int origin) { (void)user; (void)offset; (void)origin; return CURL_SEEKFUNC_FAIL; }
static double now(void) { struct timespec t; clock_gettime(CLOCK_MONOTONIC, &t); return t.tv_sec + t.tv_nsec / 1e9; }

int main(int argc, char **argv) {
    if (argc < 4) { fprintf(stderr, "usage: post_body postfields|readcb BASE N\n"); return 2; }
    int readcb = strcmp(argv[1], "readcb") == 0, n = atoi(argv[3]);
    char url[256]; snprintf(url, sizeof url, "%s/api/v5/trade/order", argv[2]);
    curl_global_init(CURL_GLOBAL_ALL);
    CURL *e = curl_easy_init();
    curl_easy_setopt(e, CURLOPT_URL, url);
    curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, sink);
    struct curl_slist *h = curl_slist_append(NULL, "Content-Type: application/json");
    h = curl_slist_append(h, "Expect:");
    curl_easy_setopt(e, CURLOPT_HTTPHEADER, h);
    upload u = { BODY, sizeof BODY - 1, 0 };
    double start = now();
    for (int i = 0; i < n; i++) {
        curl_easy_setopt(e, CURLOPT_POST, 1L);
        if (readcb) {  /* per request, as the transport does */
            u.offset = 0;
            curl_easy_setopt(e, CURLOPT_POSTFIELDS, (char *)NULL);
            curl_easy_setopt(e, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)u.length);
            curl_easy_setopt(e, CURLOPT_READFUNCTION, reader);
            curl_easy_setopt(e, CURLOPT_READDATA, &u);
            curl_easy_setopt(e, CURLOPT_SEEKFUNCTION, refuse);
            curl_easy_setopt(e, CURLOPT_SEEKDATA, &u);
        } else {
            curl_easy_setopt(e, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)(sizeof BODY - 1));
            curl_easy_setopt(e, CURLOPT_POSTFIELDS, BODY);
        }
        CURLcode rc = curl_easy_perform(e);
        if (rc != CURLE_OK) { fprintf(stderr, "request %d: %s\n", i, curl_easy_strerror(rc)); return 1; }
    }
    printf("%s %d %.6f\n", argv[1], n, now() - start);
    curl_easy_cleanup(e); curl_slist_free_all(h);
    return 0;
}
