/** What several tabs share: background runners, dialogs and messages. */
package studio.adder.ui.common;

