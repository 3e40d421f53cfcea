/**
 * Files over plain HTTP, for browsers and scripts: a scope's network in every export format, and
 * the analyst report as an Excel workbook, the coordinator workspace's tables as Excel or CSV. Same readers as the GraphQL API (anonymous reads when
 * allowed, any token otherwise); the scope is given as query parameters named like the fields of
 * GraphQL's {@code Scope} input.
 *
 * <p>Nulls: parameters and results are non-null unless marked.
 */
package io.kaonet.api.downloads;
