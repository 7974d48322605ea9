#ifndef RAPPORTEUR_ATOMIC_EXCHANGE_H
#define RAPPORTEUR_ATOMIC_EXCHANGE_H

/// Swaps two paths in one atomic step (Linux renameat2 with RENAME_EXCHANGE): at every instant each
/// path names either the old or the new folder, never nothing. Returns 0, or -1 with errno set
/// (ENOSYS or EINVAL where the kernel or file system cannot do it).
int rapporteur_exchange_paths(const char *first, const char *second);

#endif
