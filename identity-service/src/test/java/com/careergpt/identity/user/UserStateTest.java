package com.careergpt.identity.user;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static com.careergpt.identity.user.UserEvent.PROMOTE;
import static com.careergpt.identity.user.UserEvent.SUBMIT_EMAIL;
import static com.careergpt.identity.user.UserEvent.VERIFY_CODE;
import static com.careergpt.identity.user.UserState.EMAIL_COLLECTED;
import static com.careergpt.identity.user.UserState.GUEST;
import static com.careergpt.identity.user.UserState.MEMBER;
import static com.careergpt.identity.user.UserState.VERIFIED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserStateTest {

    /** Every legal (state, event) pair and where it leads; any pair missing here must be refused. */
    private static final Map<UserState, Map<UserEvent, UserState>> LEGAL = Map.of(
            GUEST, Map.of(SUBMIT_EMAIL, EMAIL_COLLECTED),
            EMAIL_COLLECTED, Map.of(SUBMIT_EMAIL, EMAIL_COLLECTED, VERIFY_CODE, VERIFIED),
            VERIFIED, Map.of(SUBMIT_EMAIL, VERIFIED, VERIFY_CODE, VERIFIED, PROMOTE, MEMBER),
            MEMBER, Map.of(SUBMIT_EMAIL, MEMBER, VERIFY_CODE, MEMBER));

    static Stream<Arguments> everyPair() {
        return Stream.of(UserState.values())
                .flatMap(state -> Stream.of(UserEvent.values()).map(event -> Arguments.of(state, event)));
    }

    @ParameterizedTest(name = "{0} + {1}")
    @MethodSource("everyPair")
    void everyTransitionIsEitherInTheTableOrRefused(UserState from, UserEvent event) {
        UserState expected = LEGAL.get(from).get(event);
        if (expected != null) {
            assertThat(from.on(event)).isEqualTo(expected);
        }
        else {
            assertThatThrownBy(() -> from.on(event))
                    .isInstanceOf(IllegalTransitionException.class)
                    .satisfies(ex -> assertThat(((IllegalTransitionException) ex).status().value()).isEqualTo(409))
                    .hasMessageContaining(from.apiName());
        }
    }

    @ParameterizedTest(name = "{0} + {1}")
    @MethodSource("everyPair")
    void anIllegalEventLeavesTheUserUnchanged(UserState from, UserEvent event) {
        User user = User.newGuest("hash-" + from + event, "ua", "192.0.2.1", java.time.Instant.EPOCH);
        walkTo(user, from);
        if (LEGAL.get(from).containsKey(event)) {
            user.apply(event, java.time.Instant.EPOCH);
            assertThat(user.getState()).isEqualTo(LEGAL.get(from).get(event));
        }
        else {
            assertThatThrownBy(() -> user.apply(event, java.time.Instant.EPOCH)).isInstanceOf(IllegalTransitionException.class);
            assertThat(user.getState()).isEqualTo(from);
        }
    }

    private static void walkTo(User user, UserState target) {
        UserEvent[] path = { SUBMIT_EMAIL, VERIFY_CODE, PROMOTE };
        for (UserEvent step : path) {
            if (user.getState() == target) {
                return;
            }
            user.apply(step, java.time.Instant.EPOCH);
        }
    }
}
