/** How much of a reply from cPanel is read, whichever way it comes. */

/**
 * 16 MiB: the largest answer Mail Doctor asks for is a Track Delivery search
 * of 3 × 5000 records (about 800 bytes each, 12 MB); anything far bigger is
 * a broken or hostile server, not data.
 */
export const DEFAULT_MAX_RESPONSE_BYTES = 16 * 1024 * 1024;
