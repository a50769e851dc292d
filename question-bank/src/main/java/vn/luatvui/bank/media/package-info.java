/** Question images: checking that an upload really is an image, re-encoding it for phones, and naming it by its hash. */
package vn.luatvui.bank.media;
