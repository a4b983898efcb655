package org.backoffice.hr.rest.employees;

import java.util.List;
import java.util.Map;

import javax.annotation.security.PermitAll;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.backoffice.hr.api.HrModule;
import org.backoffice.hr.api.employees.Contract;
import org.backoffice.hr.api.employees.Employee;
import org.backoffice.hr.api.employees.EmployeeChange;
import org.backoffice.hr.api.employees.EmployeeQuery;
import org.backoffice.hr.api.employees.EmployeeService;
import org.backoffice.hr.api.employees.EmployeeStatus;
import org.backoffice.hr.api.employees.HistoryEntry;
import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.backoffice.platform.api.rest.QueryParams;
import org.backoffice.platform.api.rest.RestResource;
import org.backoffice.platform.support.rest.Bodies;
import org.backoffice.platform.support.rest.Created;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/hr/employees}. Reads are open to every authenticated user: the service answers what the caller may
 * see (the directory for HR roles, their own record for an employee, 404 otherwise); writes need hr-manager.
 */
@Component(service = RestResource.class, property = RestResource.PROPERTY)
@Path("hr/employees")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
public final class EmployeesResource implements RestResource {

    private static final String CSV = "text/csv";
    private final EmployeeService employees;

    @Activate
    public EmployeesResource(@Reference EmployeeService employees) {
        this.employees = employees;
    }

    @GET
    public Page<Employee> list(@QueryParam("q") String text, @QueryParam("department") String department,
            @QueryParam("position") String position, @QueryParam("status") String status,
            @QueryParam("manager") String manager, @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit) {
        return employees.find(new EmployeeQuery(text, department, position,
                QueryParams.enumeration("status", status, EmployeeStatus.class), manager),
                PageRequest.of(offset, limit));
    }

    @POST
    @RolesAllowed(HrModule.MANAGER)
    public Response hire(Employee employee, @Context UriInfo uriInfo) {
        Employee hired = employees.hire(Bodies.required(employee, "the employee"));
        return Created.at(uriInfo, "hr/employees", hired.number(), hired);
    }

    @GET
    @Path("{number}")
    public Employee get(@PathParam("number") String number, @QueryParam("asOf") String asOf) {
        return employees.require(number, QueryParams.date("asOf", asOf));
    }

    @PUT
    @Path("{number}")
    @RolesAllowed(HrModule.MANAGER)
    public Employee update(@PathParam("number") String number, Employee employee) {
        return employees.update(number, Bodies.required(employee, "the employee"));
    }

    @POST
    @Path("{number}/changes")
    @RolesAllowed(HrModule.MANAGER)
    public Employee change(@PathParam("number") String number, EmployeeChange change) {
        return employees.change(number, Bodies.required(change, "the change"));
    }

    @GET
    @Path("{number}/history")
    public List<HistoryEntry> history(@PathParam("number") String number) {
        return employees.history(number);
    }

    @POST
    @Path("{number}/terminate")
    @RolesAllowed(HrModule.MANAGER)
    public Employee terminate(@PathParam("number") String number, Termination termination) {
        Termination body = Bodies.required(termination, "the termination");
        return employees.terminate(number, body.date(), body.reason());
    }

    @GET
    @Path("{number}/contracts")
    public List<Contract> contracts(@PathParam("number") String number) {
        return employees.contracts(number);
    }

    @POST
    @Path("{number}/contracts")
    @RolesAllowed(HrModule.MANAGER)
    public Response addContract(@PathParam("number") String number, Contract contract, @Context UriInfo uriInfo) {
        Contract created = employees.addContract(number, Bodies.required(contract, "the contract"));
        return Created.at(uriInfo, "hr/employees/" + number + "/contracts", created.id(), created);
    }

    @GET
    @Path("{number}/personal-data")
    public Map<String, Object> personalData(@PathParam("number") String number) {
        return employees.personalData(number);
    }

    @POST
    @Path("{number}/legal-hold")
    @RolesAllowed(HrModule.MANAGER)
    public Employee setLegalHold(@PathParam("number") String number) {
        return employees.setLegalHold(number, true);
    }

    @DELETE
    @Path("{number}/legal-hold")
    @RolesAllowed(HrModule.MANAGER)
    public Employee clearLegalHold(@PathParam("number") String number) {
        return employees.setLegalHold(number, false);
    }

    @POST
    @Path("{number}/anonymise")
    @RolesAllowed(HrModule.MANAGER)
    public Employee anonymise(@PathParam("number") String number) {
        return employees.anonymise(number);
    }

    @POST
    @Path("import")
    @Consumes({CSV, MediaType.TEXT_PLAIN})
    @RolesAllowed(HrModule.MANAGER)
    public Map<String, Object> importCsv(String csv) {
        List<Employee> hired = employees.importCsv(csv);
        return Map.of("imported", hired.size(), "numbers", hired.stream().map(Employee::number).toList());
    }

    @GET
    @Path("export")
    @Produces(CSV + ";charset=UTF-8")
    @RolesAllowed({HrModule.MANAGER, HrModule.VIEWER})
    public String exportCsv() {
        return employees.exportCsv();
    }
}
