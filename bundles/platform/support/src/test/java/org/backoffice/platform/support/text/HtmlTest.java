package org.backoffice.platform.support.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void escapesMarkupAndBothQuotes() {
        assertEquals("Smith &amp; Sons &lt;b&gt; &quot;A&quot; &#39;B&#39;", Html.escape("Smith & Sons <b> \"A\" 'B'"));
    }

    @Test
    void nullIsNothingAndPlainTextStays() {
        assertEquals("", Html.escape(null));
        assertEquals("Zürich 8000, שלום", Html.escape("Zürich 8000, שלום"));
    }
}
