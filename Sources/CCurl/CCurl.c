#include "CCurl.h"

#include <dlfcn.h>
#include <stdio.h>

// The libcurl functions used, resolved from the library ccurl_open opened first.
static struct {
    CURLcode (*global_init)(long flags);
    CURL *(*easy_init)(void);
    void (*easy_cleanup)(CURL *handle);
    void (*easy_reset)(CURL *handle);
    CURLcode (*easy_perform)(CURL *handle);
    const char *(*easy_strerror)(CURLcode code);
    CURLcode (*easy_setopt)(CURL *handle, CURLoption option, ...);
    CURLcode (*easy_getinfo)(CURL *handle, CURLINFO info, ...);
    struct curl_slist *(*slist_append)(struct curl_slist *list, const char *line);
    void (*slist_free_all)(struct curl_slist *list);
} curl;

static int resolved = 0;

// Resolves `name` into `*slot`; 0 on success, else -1 with the reason in `message`.
static int resolve(void *library, const char *name, void **slot, char *message, size_t capacity) {
    *slot = dlsym(library, name);
    if (*slot != NULL) return 0;
    snprintf(message, capacity, "it has no %s", name);
    return -1;
}

int ccurl_open(const char *library, char *message, size_t capacity) {
    void *handle = dlopen(library, RTLD_NOW | RTLD_LOCAL);
    if (handle == NULL) {
        const char *reason = dlerror();
        snprintf(message, capacity, "%s", reason != NULL ? reason : library);
        return -1;
    }
    if (resolved) return 0;
    void *slots[10];
    static const char *const names[10] = {
        "curl_global_init", "curl_easy_init", "curl_easy_cleanup", "curl_easy_reset", "curl_easy_perform",
        "curl_easy_strerror", "curl_easy_setopt", "curl_easy_getinfo", "curl_slist_append", "curl_slist_free_all",
    };
    for (int index = 0; index < 10; index++) {
        if (resolve(handle, names[index], &slots[index], message, capacity) != 0) {
            dlclose(handle);
            return -1;
        }
    }
    curl.global_init = (CURLcode (*)(long))slots[0];
    curl.easy_init = (CURL * (*)(void)) slots[1];
    curl.easy_cleanup = (void (*)(CURL *))slots[2];
    curl.easy_reset = (void (*)(CURL *))slots[3];
    curl.easy_perform = (CURLcode (*)(CURL *))slots[4];
    curl.easy_strerror = (const char *(*)(CURLcode))slots[5];
    curl.easy_setopt = (CURLcode (*)(CURL *, CURLoption, ...))slots[6];
    curl.easy_getinfo = (CURLcode (*)(CURL *, CURLINFO, ...))slots[7];
    curl.slist_append = (struct curl_slist * (*)(struct curl_slist *, const char *)) slots[8];
    curl.slist_free_all = (void (*)(struct curl_slist *))slots[9];
    CURLcode code = curl.global_init(CURL_GLOBAL_DEFAULT);
    if (code != CURLE_OK) {
        snprintf(message, capacity, "curl_global_init failed: %s", curl.easy_strerror(code));
        dlclose(handle);
        return -1;
    }
    resolved = 1;
    return 0;
}

CURL *ccurl_easy_init(void) { return curl.easy_init(); }
void ccurl_easy_cleanup(CURL *handle) { curl.easy_cleanup(handle); }
void ccurl_easy_reset(CURL *handle) { curl.easy_reset(handle); }
CURLcode ccurl_easy_perform(CURL *handle) { return curl.easy_perform(handle); }
const char *ccurl_easy_strerror(CURLcode code) { return curl.easy_strerror(code); }

CURLcode ccurl_setopt_long(CURL *handle, CURLoption option, long value) {
    return curl.easy_setopt(handle, option, value);
}

CURLcode ccurl_setopt_pointer(CURL *handle, CURLoption option, void *value) {
    return curl.easy_setopt(handle, option, value);
}

CURLcode ccurl_setopt_string(CURL *handle, CURLoption option, const char *value) {
    return curl.easy_setopt(handle, option, value);
}

CURLcode ccurl_setopt_list(CURL *handle, CURLoption option, struct curl_slist *list) {
    return curl.easy_setopt(handle, option, list);
}

CURLcode ccurl_setopt_callback(CURL *handle, CURLoption option, curl_write_callback callback) {
    return curl.easy_setopt(handle, option, callback);
}

CURLcode ccurl_getinfo_long(CURL *handle, CURLINFO info, long *value) {
    return curl.easy_getinfo(handle, info, value);
}

CURLcode ccurl_getinfo_string(CURL *handle, CURLINFO info, char **value) {
    return curl.easy_getinfo(handle, info, value);
}

struct curl_slist *ccurl_slist_append(struct curl_slist *list, const char *line) {
    return curl.slist_append(list, line);
}

void ccurl_slist_free_all(struct curl_slist *list) { curl.slist_free_all(list); }
