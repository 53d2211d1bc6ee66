// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.benchmarks;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.statemachine.StateContext;
import org.springframework.statemachine.StateMachine;
import org.springframework.statemachine.StateMachineContext;
import org.springframework.statemachine.StateMachineEventResult;
import org.springframework.statemachine.StateMachinePersist;
import org.springframework.statemachine.action.Action;
import org.springframework.statemachine.config.StateMachineBuilder;
import org.springframework.statemachine.config.StateMachineFactory;
import org.springframework.statemachine.persist.DefaultStateMachinePersister;
import org.springframework.statemachine.persist.StateMachinePersister;
import reactor.core.publisher.Mono;

/**
 * The alternative a Java team would pick: Spring Statemachine 4 guarding the order's stages, the way its
 * documentation recommends for many long-lived entities. Each command takes a fresh machine from a
 * {@link StateMachineFactory}, restores it from the order's stored {@link StateMachineContext} through a
 * {@link StateMachinePersister} whose {@link StateMachinePersist} is a map, sends the event, and persists
 * the machine again. Transition actions do the business work with exactly the code of
 * {@link HandWrittenShop}, so the difference between the two is what the state machine costs.
 */
final class StatemachineShop {
    enum Stage { NEW, ALLOCATED, PICKING, PICKED, PACKED, SHIPPED, DELIVERED }

    enum Command { PLACE, CREATE_PICK_LIST, PICK, PACK, SHIP, DELIVER }

    private static final String ORDER_ID = "orderId";
    private static final String EXTERNAL_ID = "externalId";

    private final HandWrittenShop work;
    private final StateMachineFactory<Stage, Command> factory;
    private final Map<String, StateMachineContext<Stage, Command>> contexts = new HashMap<>();
    private final StateMachinePersister<Stage, Command, String> persister =
            new DefaultStateMachinePersister<>(new MapPersist(contexts));

    StatemachineShop(int skus, long unitsPerSku) {
        this.work = new HandWrittenShop(skus, unitsPerSku);
        this.factory = factory();
    }

    /** The lifecycle as six commands, each on a machine restored from the map. */
    long lifecycle(String externalId) {
        for (Command command : Command.values()) {
            send(externalId, command);
        }
        StateMachineContext<Stage, Command> stored = contexts.get(externalId);
        if (stored.getState() != Stage.DELIVERED) {
            throw new IllegalStateException("lifecycle ended in " + stored.getState() + " for " + externalId);
        }
        return (Long) stored.getExtendedState().getVariables().get(ORDER_ID);
    }

    private void send(String externalId, Command command) {
        StateMachine<Stage, Command> machine = factory.getStateMachine(externalId);
        try {
            if (contexts.containsKey(externalId)) {
                persister.restore(machine, externalId);
            } else {
                machine.startReactively().block();
            }
            StateMachineEventResult<Stage, Command> result = machine.sendEvent(Mono.just(
                    MessageBuilder.withPayload(command).setHeader(EXTERNAL_ID, externalId).build())).blockLast();
            if (result == null || result.getResultType() != StateMachineEventResult.ResultType.ACCEPTED) {
                throw new IllegalStateException(command + " not accepted for " + externalId + " in " + machine.getState());
            }
            persister.persist(machine, externalId);
        } catch (IllegalStateException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("state machine persistence failed for " + externalId, e);
        } finally {
            machine.stopReactively().block();
        }
    }

    private StateMachineFactory<Stage, Command> factory() {
        try {
            StateMachineBuilder.Builder<Stage, Command> builder = StateMachineBuilder.builder();
            builder.configureConfiguration().withConfiguration().autoStartup(false);
            builder.configureStates().withStates().initial(Stage.NEW).states(EnumSet.allOf(Stage.class));
            builder.configureTransitions()
                    .withExternal().source(Stage.NEW).target(Stage.ALLOCATED).event(Command.PLACE).action(place()).and()
                    .withExternal().source(Stage.ALLOCATED).target(Stage.PICKING).event(Command.CREATE_PICK_LIST)
                    .action(onOrder(work::createPickList)).and()
                    .withExternal().source(Stage.PICKING).target(Stage.PICKED).event(Command.PICK).action(onOrder(work::pick)).and()
                    .withExternal().source(Stage.PICKED).target(Stage.PACKED).event(Command.PACK).action(onOrder(work::pack)).and()
                    .withExternal().source(Stage.PACKED).target(Stage.SHIPPED).event(Command.SHIP).action(onOrder(work::ship)).and()
                    .withExternal().source(Stage.SHIPPED).target(Stage.DELIVERED).event(Command.DELIVER).action(onOrder(work::deliver));
            return builder.createFactory();
        } catch (Exception e) {
            throw new IllegalStateException("state machine configuration failed", e);
        }
    }

    private Action<Stage, Command> place() {
        return context -> {
            String externalId = (String) context.getMessageHeader(EXTERNAL_ID);
            HandWrittenShop.HandOrder order = work.place(externalId, new String[] {"SKU-0", "SKU-1", "SKU-2"});
            context.getExtendedState().getVariables().put(ORDER_ID, order.id);
        };
    }

    private static Action<Stage, Command> onOrder(java.util.function.LongConsumer step) {
        return (StateContext<Stage, Command> context) ->
                step.accept((Long) context.getExtendedState().getVariables().get(ORDER_ID));
    }

    /** The map-backed {@link StateMachinePersist} of the Spring Statemachine persistence recipe. */
    private record MapPersist(Map<String, StateMachineContext<Stage, Command>> contexts)
            implements StateMachinePersist<Stage, Command, String> {
        @Override
        public void write(StateMachineContext<Stage, Command> context, String contextObj) {
            contexts.put(contextObj, context);
        }

        @Override
        public StateMachineContext<Stage, Command> read(String contextObj) {
            return contexts.get(contextObj);
        }
    }
}
