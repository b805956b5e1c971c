package org.dudao.workflow;

import java.util.HashMap;

import org.camunda.spin.impl.json.jackson.format.JacksonJsonDataFormat;
import org.camunda.spin.spi.DataFormatConfigurator;
import org.camunda.spin.spi.TypeDetector;

/**
 * Stores a {@link HashMap} variable (a decision result: {@code deadlineDecision}, {@code escalationDecision}) under
 * the type name {@code java.util.HashMap} instead of Spin's generic {@code java.util.HashMap<java.lang.Object,
 * java.lang.Object>}. Spin reads a variable back by first trying {@code Class.forName} of its type name; a generic
 * name always fails, and in the packaged application only after the class loader has searched every nested jar:
 * 6% of the escalation burst's job time on H2, since the ladder DMN resolves every variable of the instance
 * (docs/benchmarks.md). The JSON is the same, so variables stored under the generic name still read as before.
 * Registered through {@code META-INF/services}, as Spin looks configurators up.
 */
public class PlainMapTypeName implements DataFormatConfigurator<JacksonJsonDataFormat> {

    @Override
    public Class<JacksonJsonDataFormat> getDataFormatClass() {
        return JacksonJsonDataFormat.class;
    }

    @Override
    public void configure(JacksonJsonDataFormat format) {
        format.addTypeDetector(new TypeDetector() {
            @Override
            public boolean canHandle(Object object) {
                return object != null && object.getClass() == HashMap.class;
            }

            @Override
            public String detectType(Object object) {
                return HashMap.class.getName();
            }
        });
    }
}
