#ifndef CLEARANCE_CARCHIVE_SHIM_H
#define CLEARANCE_CARCHIVE_SHIM_H

#include <archive.h>
#include <archive_entry.h>

/* libarchive's file-type constants are cast macros, which Swift does not import. */
static inline unsigned int carchive_type_regular(void) { return (unsigned int)AE_IFREG; }
static inline unsigned int carchive_type_directory(void) { return (unsigned int)AE_IFDIR; }
static inline unsigned int carchive_type_symlink(void) { return (unsigned int)AE_IFLNK; }

#endif
