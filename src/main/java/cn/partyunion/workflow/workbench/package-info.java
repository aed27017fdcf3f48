/**
 * The workbench (产改工作台, DOMAIN §8): server-side pages under {@code /workbench/} that read the
 * application's JSON API ({@code /api/...}) in the browser. It is a client of the process packages'
 * public services; no process package depends on it. One login with the Camunda webapps (their
 * session); the menu per role is computed in one place, {@link
 * cn.partyunion.workflow.workbench.WorkbenchMenu}.
 */
package cn.partyunion.workflow.workbench;
