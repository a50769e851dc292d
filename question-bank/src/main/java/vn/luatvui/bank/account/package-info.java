/** Staff roles (admin, reviewer, author, host, organiser) as the bank's rules know them. */
package vn.luatvui.bank.account;
