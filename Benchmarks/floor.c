/* The floor: what a tiny C program does for the same signed request, on the same server.
 * Reuses one easy handle (keep-alive) and signs with OpenSSL's HMAC, like the SDK signs.
 *   floor seq   BASE N      sequential on one connection
 *   floor multi BASE N C    C transfers in flight through one multi handle
 * Prints: requests seconds cpu_seconds p50_us p99_us */
#include <curl/curl.h>
#include <openssl/hmac.h>
#include <openssl/evp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/resource.h>

static const char *SECRET = "22582BD0CFF14C41EDBF1AB98506286D";
static size_t sink(char *p, size_t s, size_t n, void *u) { (void)p; (void)u; return s * n; }
static double now(void) { struct timespec t; clock_gettime(CLOCK_MONOTONIC, &t); return t.tv_sec + t.tv_nsec / 1e9; }
static double cpu(void) { struct rusage r; getrusage(RUSAGE_SELF, &r); return r.ru_utime.tv_sec + r.ru_stime.tv_sec + (r.ru_utime.tv_usec + r.ru_stime.tv_usec) / 1e6; }
static int cmp(const void *a, const void *b) { double x = *(const double *)a, y = *(const double *)b; return x < y ? -1 : x > y; }

static struct curl_slist *sign_headers(void) {
    char ts[32], prehash[256], sig[64], line[160];
    struct timespec t; clock_gettime(CLOCK_REALTIME, &t);
    struct tm tm; gmtime_r(&t.tv_sec, &tm);
    snprintf(ts, sizeof ts, "%04d-%02d-%02dT%02d:%02d:%02d.%03ldZ", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, t.tv_nsec / 1000000);
    int n = snprintf(prehash, sizeof prehash, "%sGET/api/v5/account/balance", ts);
    unsigned char mac[32]; unsigned int len = 32;
    HMAC(EVP_sha256(), SECRET, (int)strlen(SECRET), (unsigned char *)prehash, (size_t)n, mac, &len);
    EVP_EncodeBlock((unsigned char *)sig, mac, 32);
    struct curl_slist *h = NULL;
    h = curl_slist_append(h, "OK-ACCESS-KEY: 5f0c4a5e-9d3b-4c1e-8a7f-2b6d9e1c3a50");
    snprintf(line, sizeof line, "OK-ACCESS-SIGN: %s", sig); h = curl_slist_append(h, line);
    snprintf(line, sizeof line, "OK-ACCESS-TIMESTAMP: %s", ts); h = curl_slist_append(h, line);
    h = curl_slist_append(h, "OK-ACCESS-PASSPHRASE: Sim-Passphrase-1");
    return h;
}

int main(int argc, char **argv) {
    if (argc < 4) { fprintf(stderr, "usage: floor seq|multi BASE N [C]\n"); return 2; }
    const char *mode = argv[1]; char url[256]; snprintf(url, sizeof url, "%s/api/v5/account/balance", argv[2]);
    int n = atoi(argv[3]), c = argc > 4 ? atoi(argv[4]) : 1;
    double *lat = calloc((size_t)n, sizeof(double));
    curl_global_init(CURL_GLOBAL_ALL);
    double t0 = now(), c0 = cpu();
    if (strcmp(mode, "seq") == 0) {
        CURL *e = curl_easy_init();
        curl_easy_setopt(e, CURLOPT_URL, url);
        curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, sink);
        /* FLOOR_OPTS (a bit mask, default 0): the SDK's libcurl options, one by one, to measure what
         * each costs (Benchmarks/analysis.md). 1 protocols/no signals/TCP options, 2 Accept-Encoding,
         * 4 HTTP/2 and pipewait, 8 timeouts, 16 size limit, 32 User-Agent, 64 header callback;
         * 128 and 256 put User-Agent and Accept-Encoding in the header list instead. */
        const char *mask = getenv("FLOOR_OPTS");
        int opts = mask ? atoi(mask) : 0;
        if (opts & 1) {
            curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https"); curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 0L);
            curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L); curl_easy_setopt(e, CURLOPT_TCP_NODELAY, 1L); curl_easy_setopt(e, CURLOPT_TCP_KEEPALIVE, 1L);
        }
        if (opts & 2) curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, "");
        if (opts & 4) { curl_easy_setopt(e, CURLOPT_HTTP_VERSION, (long)CURL_HTTP_VERSION_2TLS); curl_easy_setopt(e, CURLOPT_PIPEWAIT, 1L); }
        if (opts & 8) { curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, 10000L); curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, 30000L); }
        if (opts & 16) curl_easy_setopt(e, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)(64 << 20));
        if (opts & 32) curl_easy_setopt(e, CURLOPT_USERAGENT, "swift-okx/0.1 (bench)");
        if (opts & 64) curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, sink);
        for (int i = 0; i < n; i++) {
            double s = now();
            struct curl_slist *h = sign_headers();
            if (opts & 128) h = curl_slist_append(h, "User-Agent: swift-okx/0.1 (bench)");
            if (opts & 256) h = curl_slist_append(h, "Accept-Encoding: deflate, gzip, br, zstd");
            curl_easy_setopt(e, CURLOPT_HTTPHEADER, h);
            if (curl_easy_perform(e) != CURLE_OK) { fprintf(stderr, "request failed\n"); return 1; }
            curl_slist_free_all(h);
            lat[i] = now() - s;
        }
        curl_easy_cleanup(e);
    } else {
        CURLM *m = curl_multi_init();
        CURL **handles = calloc((size_t)c, sizeof(CURL *)); struct curl_slist **hs = calloc((size_t)c, sizeof(void *)); double *start = calloc((size_t)c, sizeof(double));
        int started = 0, done = 0, running = 0;
        for (int i = 0; i < c && started < n; i++, started++) {
            handles[i] = curl_easy_init();
            curl_easy_setopt(handles[i], CURLOPT_URL, url); curl_easy_setopt(handles[i], CURLOPT_WRITEFUNCTION, sink);
            curl_easy_setopt(handles[i], CURLOPT_PRIVATE, (void *)(long)i);
            hs[i] = sign_headers(); curl_easy_setopt(handles[i], CURLOPT_HTTPHEADER, hs[i]); start[i] = now();
            curl_multi_add_handle(m, handles[i]);
        }
        while (done < n) {
            curl_multi_perform(m, &running);
            CURLMsg *msg; int q;
            while ((msg = curl_multi_info_read(m, &q))) {
                if (msg->msg != CURLMSG_DONE) continue;
                long i; curl_easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE, (char **)&i);
                lat[done++] = now() - start[i];
                curl_multi_remove_handle(m, msg->easy_handle); curl_slist_free_all(hs[i]);
                if (started < n) {
                    hs[i] = sign_headers(); curl_easy_setopt(handles[i], CURLOPT_HTTPHEADER, hs[i]); start[i] = now();
                    curl_multi_add_handle(m, handles[i]); started++;
                }
            }
            if (done < n) curl_multi_poll(m, NULL, 0, 100, NULL);
        }
    }
    double elapsed = now() - t0, used = cpu() - c0;
    qsort(lat, (size_t)n, sizeof(double), cmp);
    printf("%d %.6f %.6f %.1f %.1f\n", n, elapsed, used, lat[n / 2] * 1e6, lat[(int)(n * 0.99)] * 1e6);
    return 0;
}
