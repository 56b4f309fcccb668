// libcurl's easy interface, opened with dlopen on first use rather than linked: the binary needs
// libcurl only for hf:// bundles, and a linked libcurl (with its TLS, Kerberos, LDAP, SSH …
// dependencies) would be loaded, relocated and initialised on every start. <curl/curl.h> gives the
// types and constants; the functions below call through pointers resolved by ccurl_open, and give
// curl_easy_setopt and curl_easy_getinfo (variadic in C) one typed entry per argument type.
#ifndef CCURL_H
#define CCURL_H

#include <curl/curl.h>
#include <stddef.h>

/// Opens `library` (e.g. "libcurl.so.4") and resolves the functions below, once per process;
/// later calls only check that `library` opens. Returns 0 on success; otherwise writes why
/// (the loader's message) into `message` and returns -1. Not thread-safe: callers serialise it.
int ccurl_open(const char *library, char *message, size_t capacity);

CURL *ccurl_easy_init(void);
void ccurl_easy_cleanup(CURL *handle);
void ccurl_easy_reset(CURL *handle);
CURLcode ccurl_easy_perform(CURL *handle);
const char *ccurl_easy_strerror(CURLcode code);

CURLcode ccurl_setopt_long(CURL *handle, CURLoption option, long value);
CURLcode ccurl_setopt_pointer(CURL *handle, CURLoption option, void *value);
CURLcode ccurl_setopt_string(CURL *handle, CURLoption option, const char *value);
CURLcode ccurl_setopt_list(CURL *handle, CURLoption option, struct curl_slist *list);
CURLcode ccurl_setopt_callback(CURL *handle, CURLoption option, curl_write_callback callback);

CURLcode ccurl_getinfo_long(CURL *handle, CURLINFO info, long *value);
CURLcode ccurl_getinfo_string(CURL *handle, CURLINFO info, char **value);

struct curl_slist *ccurl_slist_append(struct curl_slist *list, const char *line);
void ccurl_slist_free_all(struct curl_slist *list);

#endif
