package org.aaregistry.problem.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import java.lang.annotation.Annotation;
import org.junit.jupiter.api.Test;

/** Whole numbers and yes/no query parameters: what is taken, what is refused, and what an absent one means. */
class StrictParametersTest {

    private final StrictParameters provider = new StrictParameters();

    @Test
    void wholeNumbersOnly() {
        ParamConverter<Integer> page = provider.getConverter(Integer.class, Integer.class, named("page"));
        assertThat(page.fromString("3")).isEqualTo(3);
        assertThat(page.fromString("-1")).isEqualTo(-1);
        assertThat(page.fromString(null)).isNull();
        for (String bad : new String[] {"two", "1.5", "", " 3", "99999999999"}) {
            assertThatThrownBy(() -> page.fromString(bad))
                    .as(bad)
                    .isInstanceOfSatisfying(
                            InvalidRequest.class,
                            refusal -> assertThat(refusal.errors())
                                    .containsExactly(new Problem.InvalidField("page", "must be a whole number")));
        }
        assertThat(provider.getConverter(int.class, int.class, named("size")).fromString(null))
                .isZero();
    }

    @Test
    void trueOrFalseOnlyAndAnAbsentFlagIsFalse() {
        ParamConverter<Boolean> dryRun = provider.getConverter(boolean.class, boolean.class, named("dryRun"));
        assertThat(dryRun.fromString("true")).isTrue();
        assertThat(dryRun.fromString("false")).isFalse();
        assertThat(dryRun.fromString(null)).isFalse();
        for (String bad : new String[] {"yes", "1", "TRUE ", "", "on"}) {
            assertThatThrownBy(() -> dryRun.fromString(bad))
                    .as(bad)
                    .isInstanceOfSatisfying(
                            InvalidRequest.class,
                            refusal -> assertThat(refusal.errors())
                                    .containsExactly(new Problem.InvalidField("dryRun", "must be true or false")));
        }
        assertThat(provider.getConverter(Boolean.class, Boolean.class, named("x"))
                        .fromString(null))
                .isNull();
    }

    @Test
    void otherTypesAreLeftToTheServer() {
        assertThat(provider.getConverter(String.class, String.class, named("q")))
                .isNull();
    }

    private static Annotation[] named(String name) {
        return new Annotation[] {
            new QueryParam() {
                @Override
                public String value() {
                    return name;
                }

                @Override
                public Class<? extends Annotation> annotationType() {
                    return QueryParam.class;
                }
            }
        };
    }
}
