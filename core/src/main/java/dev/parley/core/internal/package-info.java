/** Build-time support for Parley's value types; not exported, not part of the API. */
package dev.parley.core.internal;
