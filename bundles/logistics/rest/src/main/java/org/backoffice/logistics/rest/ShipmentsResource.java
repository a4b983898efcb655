package org.backoffice.logistics.rest;


import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.backoffice.logistics.api.LogisticsModule;
import org.backoffice.logistics.api.sales.DeliveryNoteFormat;
import org.backoffice.logistics.api.sales.Shipment;
import org.backoffice.logistics.api.sales.ShipmentDraft;
import org.backoffice.logistics.api.sales.ShipmentQuery;
import org.backoffice.logistics.api.sales.ShipmentService;
import org.backoffice.logistics.api.sales.ShipmentStatus;
import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.backoffice.platform.api.rest.QueryParams;
import org.backoffice.platform.api.rest.RestResource;
import org.backoffice.platform.support.rest.Bodies;
import org.backoffice.platform.support.rest.Created;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/logistics/shipments}: prepared, dispatched (issuing the reserved stock) and their delivery notes. */
@Component(service = RestResource.class, property = RestResource.PROPERTY)
@Path("logistics/shipments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({LogisticsModule.MANAGER, LogisticsModule.VIEWER})
public final class ShipmentsResource implements RestResource {

    private static final String TEXT_HTML_UTF8 = MediaType.TEXT_HTML + ";charset=utf-8";
    private static final String TEXT_PLAIN_UTF8 = MediaType.TEXT_PLAIN + ";charset=utf-8";

    private final ShipmentService shipments;

    @Activate
    public ShipmentsResource(@Reference ShipmentService shipments) {
        this.shipments = shipments;
    }

    /** 201 with the DRAFT shipment. */
    @POST
    @RolesAllowed(LogisticsModule.MANAGER)
    public Response create(ShipmentDraft draft, @Context UriInfo uriInfo) {
        Bodies.required(draft, "the shipment");
        Shipment shipment = shipments.create(draft);
        return Created.at(uriInfo, "logistics/shipments", shipment.id(), shipment);
    }

    @GET
    @Path("{id}")
    public Shipment get(@PathParam("id") long id) {
        return shipments.require(id);
    }

    /** Newest first. */
    @GET
    public Page<Shipment> list(@QueryParam("order") String order, @QueryParam("status") String status,
            @QueryParam("carrier") String carrier, @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit) {
        return shipments.find(new ShipmentQuery(IdParams.id("order", order), QueryParams.enumeration("status", status,
                ShipmentStatus.class), carrier), PageRequest.of(offset, limit));
    }

    /** Issues the stock; dispatching twice answers 409. */
    @POST
    @Path("{id}/dispatch")
    @RolesAllowed(LogisticsModule.MANAGER)
    public Shipment dispatch(@PathParam("id") long id) {
        return shipments.dispatch(id);
    }

    @GET
    @Path("{id}/delivery-note")
    @Produces(TEXT_PLAIN_UTF8)
    public String deliveryNoteText(@PathParam("id") long id) {
        return shipments.deliveryNote(id, DeliveryNoteFormat.TEXT);
    }

    @GET
    @Path("{id}/delivery-note")
    @Produces(TEXT_HTML_UTF8)
    public String deliveryNoteHtml(@PathParam("id") long id) {
        return shipments.deliveryNote(id, DeliveryNoteFormat.HTML);
    }
}
